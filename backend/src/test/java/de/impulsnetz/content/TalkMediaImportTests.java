package de.impulsnetz.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.PageClient;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkLibrary;
import de.impulsnetz.talk.TalkState;
import de.impulsnetz.talk.captions.Chapter;
import de.impulsnetz.talk.captions.TalkCaptions;
import de.impulsnetz.talk.captions.TalkChapters;
import de.impulsnetz.talk.captions.TalkSlides;
import de.impulsnetz.talk.recording.MediaKind;
import de.impulsnetz.talk.recording.RecordingJob;
import de.impulsnetz.talk.recording.RecordingJob.Status;
import de.impulsnetz.talk.recording.Recordings;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Talk files that name their recording, captions, chapters and slides: the import stores
 * them through their services (the recording as a processing job), once per version of
 * each file; and the demo talk of the content is playable after its job.
 */
@IntegrationTest
class TalkMediaImportTests {

	private static final String DEMO = "content/impulse/impulsreihe-social-media/drei-schritte-jobcenter";

	@Autowired
	ContentImporter importer;

	@Autowired
	TalkLibrary library;

	@Autowired
	Recordings recordings;

	@Autowired
	TalkCaptions captions;

	@Autowired
	TalkChapters chapters;

	@Autowired
	TalkSlides slides;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	ApplicationContext context;

	@TempDir
	Path content;

	String series;

	@BeforeEach
	void uniqueSeries() throws IOException {
		this.series = "t" + Long.toString(System.nanoTime(), 36) + "-medien";
		write("impulse/" + this.series + "/_reihe.md", """
				---
				title: Testreihe mit Medien
				organiser: kreis-steinfurt
				---
				Eine Reihe für Tests.
				""");
	}

	@Test
	void storesTheNamedMediaOnceAndAgainOnlyWhenAFileChanges() throws IOException {
		copyDemo("mp4", "vortrag.mp4");
		copyDemo("de.vtt", "vortrag.de.vtt");
		copyDemo("pdf", "vortrag.pdf");
		write("impulse/" + this.series + "/vortrag.kapitel.txt", "00:00 Begrüßung\n00:09 Netzwerke kennenlernen\n");
		writeTalk();

		ContentImportReport first = importContent();

		assertThat(first.problems()).isEmpty();
		Talk talk = this.library.talk(this.series, "vortrag").block();
		RecordingJob job = this.recordings.latest(talk).block();
		assertThat(job.uploadedBy()).isEqualTo(Recordings.CONTENT_IMPORT);
		assertThat(job.size()).isEqualTo(Files.size(this.content.resolve("impulse/" + this.series + "/vortrag.mp4")));
		assertThat(this.captions.languages(talk.id()).collectList().block()).containsExactly("de");
		assertThat(this.captions.track(talk, "de").block().cueCount()).isEqualTo(9);
		assertThat(this.chapters.chapters(talk).block()).extracting(Chapter::title)
			.containsExactly("Begrüßung", "Netzwerke kennenlernen");
		assertThat(this.slides.deck(talk).block().pages()).isPositive();

		ContentImportReport second = importContent();

		assertThat(second.problems()).isEmpty();
		assertThat(second.outcomes()).containsEntry("impulse/" + this.series + "/vortrag.md", ImportOutcome.UNCHANGED);
		assertThat(jobsOf(talk)).isEqualTo(1);

		write("impulse/" + this.series + "/vortrag.kapitel.txt", "00:00 Begrüßung\n00:19 Ziele festlegen\n");
		Instant captionsBefore = this.captions.track(talk, "de").block().updatedAt();
		ContentImportReport changed = importContent();

		assertThat(changed.problems()).isEmpty();
		assertThat(this.chapters.chapters(talk).block()).extracting(Chapter::title)
			.containsExactly("Begrüßung", "Ziele festlegen");
		assertThat(jobsOf(talk)).as("the unchanged recording is not uploaded again").isEqualTo(1);
		assertThat(this.captions.track(talk, "de").block().updatedAt()).isEqualTo(captionsBefore);
	}

	@Test
	void reportsAMissingMediaFileAndKeepsImporting() throws IOException {
		writeTalk();

		ContentImportReport report = importContent();

		assertThat(report.problems()).anySatisfy((problem) -> assertThat(problem.toString()).contains("vortrag.md")
			.contains("recording")
			.contains("vortrag.mp4"));
		assertThat(report.outcomes()).containsKey("impulse/" + this.series + "/_reihe.md");
	}

	@Test
	void theDemoTalkIsPlayableOnceItsJobHasRun() {
		Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/ffmpeg")), "ffmpeg not installed");
		Talk demo = this.library.talk("impulsreihe-social-media", "drei-schritte-jobcenter").block();
		assertThat(demo.state()).isEqualTo(TalkState.PUBLISHED);
		assertThat(demo.everySpeakerAgreed()).isTrue();

		await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> this.recordings.current(demo).blockOptional().isPresent());

		assertThat(this.recordings.media(demo.series(), demo.slug(), MediaKind.VIDEO, null).block().length())
			.isPositive();
		long audio = this.recordings.media(demo.series(), demo.slug(), MediaKind.AUDIO, null).block().length();
		assertThat(this.chapters.chapters(demo).block()).hasSize(5);
		String feed = new PageClient(this.context).anonymous()
			.get()
			.uri("/impulse/impulsreihe-social-media/podcast.xml")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(feed).contains("drei-schritte-jobcenter/medien/audio.m4a\" length=\"" + audio + "\"")
			.contains("drei-schritte-jobcenter/untertitel/de.vtt")
			.contains("drei-schritte-jobcenter/kapitel.json")
			.contains("Impulsnetz-Redaktion (synthetische Stimme)")
			.contains("CC-BY-4.0");
	}

	private long jobsOf(Talk talk) {
		return this.mongo
			.count(Query.query(Criteria.where("series").is(talk.series()).and("talk").is(talk.slug())),
					RecordingJob.class)
			.block();
	}

	private ContentImportReport importContent() {
		return this.importer.importFrom(ContentSource.directory(this.content)).block();
	}

	private void writeTalk() throws IOException {
		write("impulse/" + this.series + "/vortrag.md", """
				---
				title: Mit Medien
				date: 2025-01-01T10:00
				durationMinutes: 1
				state: PUBLISHED
				speakers:
				  - name: Erika Muster
				    consent: {recording: true, publication: true, licence: CC-BY-4.0}
				recording: vortrag.mp4
				captions: {de: vortrag.de.vtt}
				chapters: vortrag.kapitel.txt
				slides: vortrag.pdf
				---
				""");
	}

	private void copyDemo(String extension, String name) throws IOException {
		Path target = this.content.resolve("impulse/" + this.series + "/" + name);
		Files.createDirectories(target.getParent());
		try (InputStream in = new ClassPathResource(DEMO + "." + extension).getInputStream()) {
			Files.copy(in, target);
		}
	}

	private void write(String relative, String text) throws IOException {
		Path file = this.content.resolve(relative);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

}
