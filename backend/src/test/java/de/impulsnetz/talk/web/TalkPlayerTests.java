package de.impulsnetz.talk.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.Members;
import de.impulsnetz.PageClient;
import de.impulsnetz.talk.publication.Consent;
import de.impulsnetz.talk.publication.Licence;
import de.impulsnetz.talk.publication.MissingForPublication;
import de.impulsnetz.talk.publication.PublicationRequirement;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkFixture;
import de.impulsnetz.talk.TalkLibrary;
import de.impulsnetz.talk.TalkSeries;
import de.impulsnetz.talk.Visibility;
import de.impulsnetz.talk.captions.Chapter;
import de.impulsnetz.talk.captions.TalkCaptions;
import de.impulsnetz.talk.captions.TalkChapters;
import de.impulsnetz.talk.plays.PlayCounts;
import de.impulsnetz.talk.recording.MediaKind;
import de.impulsnetz.talk.recording.Recordings;
import de.impulsnetz.talk.recording.TestMedia;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The recording on the talk page (player, text tracks, chapters that seek, JSON-LD with
 * clips, the embed code), the rule that a video needs German captions and an audio
 * recording a transcript, plays counted from the media addresses, and the embeddable
 * player page that other sites may frame while every other page may not be framed.
 * Recordings are real: made and processed with ffmpeg.
 */
@IntegrationTest
class TalkPlayerTests {

	private static final String CAPTIONS = """
			WEBVTT

			00:00.500 --> 00:02.000
			<v Paula Podium>Willkommen zum Impuls.
			""";

	private final PageClient pages;

	private final TalkFixture fixture;

	@Autowired
	Recordings recordings;

	@Autowired
	TalkCaptions captions;

	@Autowired
	TalkChapters chapters;

	@Autowired
	PlayCounts plays;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	List<PublicationRequirement> requirements;

	TalkPlayerTests(@Autowired ApplicationContext context, @Autowired TalkLibrary library) {
		this.pages = new PageClient(context);
		this.fixture = new TalkFixture(library);
	}

	@BeforeEach
	void needsFfmpeg() {
		TestMedia.requireFfmpeg();
	}

	@Test
	void aPublishedTalkShowsThePlayerWithItsTracksChaptersAndClips() {
		Talk talk = published(recorded(talk(), TestMedia.h264()), Visibility.PUBLIC, true);
		this.captions.store(talk, "de", body(CAPTIONS), null).block();
		this.chapters
			.save(talk, List.of(new Chapter(Duration.ZERO, "Begrüßung"), new Chapter(Duration.ofSeconds(2), "Fragen")))
			.block();
		String base = base(talk);

		String page = this.pages.get(null, base, HttpStatus.OK);

		assertThat(page).contains("id=\"player\"", "<video", "src=\"" + base + "/medien/video.mp4\"",
				"poster=\"" + base + "/medien/poster.jpg\"", "src=\"" + base + "/untertitel/de.vtt\"",
				"kind=\"chapters\"", "src=\"" + base + "/kapitel.vtt\"", "href=\"?t=2#player\"", "data-seek=\"2\"",
				"Fragen", "src=\"/js/transcript-", "href=\"" + base + "/transkript\"", "Transkript lesen",
				"/einbetten&quot; title=&quot;" + talk.title());
		assertThat(page).doesNotContain("Abrufe insgesamt");
		// The caption switch, which js/talk-player.js builds from the tracks, in German.
		assertThat(page).contains("data-captions hidden", "data-caption-label=\"Untertitel:\"",
				"data-caption-off=\"Aus\"", "data-caption-on=\"Untertitel an: {0}\"",
				"data-caption-none=\"Untertitel aus\"", "src=\"/js/talk-player-");
		String jsonLd = jsonLd(page);
		assertThat(jsonLd).contains("\"@type\":\"VideoObject\"", "\"name\":\"" + talk.title() + "\"",
				"\"contentUrl\":\"http", base + "/medien/video.mp4\"", "\"duration\":\"PT3S\"",
				"\"@type\":\"Clip\",\"name\":\"Begrüßung\",\"startOffset\":0,\"endOffset\":2",
				"\"name\":\"Fragen\",\"startOffset\":2,\"endOffset\":3", base + "?t=2\"");

		assertThat(this.pages.get(null, base + "?t=2", HttpStatus.OK))
			.contains("src=\"" + base + "/medien/video.mp4#t=2\"");
		assertThat(this.pages.get(Members.ORGANISER, base, HttpStatus.OK)).contains("Abrufe insgesamt: 0");
		assertThat(this.pages.get(null, base + "/transkript?t=2", HttpStatus.OK)).contains("id=\"player\"",
				"src=\"" + base + "/medien/video.mp4#t=2\"", "Willkommen zum Impuls.");
	}

	@Test
	void withoutEverySpeakersConsentAnonymousReadersGetNoneOfTheRecording() {
		Talk talk = published(recorded(talk(), TestMedia.h264()), Visibility.PUBLIC, false);
		this.chapters.save(talk, List.of(new Chapter(Duration.ZERO, "Begrüßung"))).block();
		String base = base(talk);

		String page = this.pages.get(null, base, HttpStatus.OK);

		assertThat(page).contains(talk.title())
			.doesNotContain("<video", "/medien/", "id=\"player\"", "kapitel.vtt", "Begrüßung", "VideoObject",
					"/transkript", "/einbetten");
		this.pages.get(null, base + "/einbetten", HttpStatus.NOT_FOUND);
		assertThat(this.pages.get(Members.ORGANISER, base, HttpStatus.OK)).contains("<video", "Begrüßung")
			.as("organisers check the recording, but nobody may embed it yet")
			.doesNotContain("/einbetten");
	}

	@Test
	void aVideoNeedsGermanCaptionsAndAnAudioRecordingATranscript() {
		Talk video = recorded(talk(), TestMedia.h264());
		Talk audio = recorded(talk(), TestMedia.mp3());

		assertThat(missing(video)).contains("talk.captions.missing.videoCaptions")
			.doesNotContain("talk.captions.missing.audioTranscript");
		assertThat(missing(audio)).contains("talk.captions.missing.audioTranscript")
			.doesNotContain("talk.captions.missing.videoCaptions");
		assertThat(this.pages.get(Members.ORGANISER, base(video) + "/bearbeiten", HttpStatus.OK))
			.contains("Das Video braucht deutsche Untertitel");
		assertThat(missing(talk())).as("without a recording nothing is needed")
			.doesNotContain("talk.captions.missing.videoCaptions", "talk.captions.missing.audioTranscript");

		this.captions.store(video, "en", body(CAPTIONS), null).block();
		assertThat(missing(video)).as("English captions are not enough")
			.contains("talk.captions.missing.videoCaptions");
		this.captions.store(video, "de", body(CAPTIONS), null).block();
		this.captions.store(audio, "de", body(CAPTIONS), null).block();
		assertThat(missing(video)).doesNotContain("talk.captions.missing.videoCaptions");
		assertThat(missing(audio)).doesNotContain("talk.captions.missing.audioTranscript");
	}

	@Test
	void aPlayIsCountedWhenTheMediaAreReadFromTheirFirstByteNotForHeadSeekingOrThePoster() {
		Talk talk = published(recorded(talk(), TestMedia.h264()), Visibility.PUBLIC, true);
		String video = MediaKind.path(talk.series(), talk.slug(), MediaKind.VIDEO);
		String id = Objects.requireNonNull(talk.id());

		this.pages.anonymous().head().uri(video).exchange().expectStatus().isOk();
		range(video, "bytes=100-199").expectStatus().isEqualTo(HttpStatus.PARTIAL_CONTENT);
		this.pages.anonymous()
			.get()
			.uri(MediaKind.path(talk.series(), talk.slug(), MediaKind.POSTER))
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(this.plays.total(id).block()).isZero();

		range(video, "bytes=0-99").expectStatus().isEqualTo(HttpStatus.PARTIAL_CONTENT);
		assertThat(this.plays.total(id).block()).isEqualTo(1);
		range(video, "bytes=0-").expectStatus().isEqualTo(HttpStatus.PARTIAL_CONTENT);
		assertThat(this.plays.total(id).block()).as("the same listener on the same day").isEqualTo(1);

		String hub = this.pages.get(Members.ORGANISER, base(talk) + "/bearbeiten", HttpStatus.OK);
		assertThat(hub).contains("Abrufe insgesamt: 1", "id=\"abrufe\"");
		assertThat(this.pages.get(Members.ORGANISER, base(talk), HttpStatus.OK)).contains("Abrufe insgesamt: 1");
	}

	@Test
	void theEmbedPageMayBeFramedByOtherSitesWhileTheTalkPageMayNot() {
		Talk talk = published(recorded(talk(), TestMedia.h264()), Visibility.PUBLIC, true);
		String base = base(talk);

		String embed = this.pages.anonymous()
			.get()
			.uri(base + "/einbetten")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueMatches("Content-Security-Policy", ".*script-src 'self';.*frame-ancestors \\*$")
			.expectHeader()
			.doesNotExist("X-Frame-Options")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(embed)
			.contains("<video", "src=\"" + base + "/medien/video.mp4\"", "href=\"" + base + "\"",
					"src=\"/js/talk-player-")
			.doesNotContain("site-header", "src=\"http", "href=\"http");

		this.pages.anonymous()
			.get()
			.uri(base)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueMatches("Content-Security-Policy", ".*frame-ancestors 'none'.*");

		Talk membersOnly = published(recorded(talk(), TestMedia.h264()), Visibility.MEMBERS, true);
		this.pages.get(null, base(membersOnly) + "/einbetten", HttpStatus.NOT_FOUND);
		this.pages.get(Members.STEINFURT, base(membersOnly) + "/einbetten", HttpStatus.NOT_FOUND);
		Talk unpublished = recorded(talk(), TestMedia.h264());
		this.pages.get(Members.ORGANISER, base(unpublished) + "/einbetten", HttpStatus.NOT_FOUND);
	}

	private Talk talk() {
		TalkSeries series = this.fixture.series("Player-Testreihe", "stadt-altena");
		return this.fixture.talk(series, "Vortrag mit Aufnahme", Instant.parse("2026-02-01T10:00:00Z"), "");
	}

	/** The talk after its recording was uploaded and processed by ffmpeg. */
	private Talk recorded(Talk talk, byte[] media) {
		this.recordings
			.upload(talk.series(), talk.slug(), Members.ORGANISER,
					Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(media)))
			.block();
		await().atMost(Duration.ofMinutes(1)).until(() -> this.recordings.current(talk).blockOptional().isPresent());
		return talk;
	}

	private Talk published(Talk talk, Visibility visibility, boolean consent) {
		return TalkFixture.published(this.mongo, talk, visibility,
				consent ? new Consent(true, true, Licence.CC_BY_4_0) : Consent.NONE);
	}

	private List<String> missing(Talk talk) {
		return Flux.fromIterable(this.requirements)
			.concatMap((requirement) -> requirement.missing(talk))
			.map(MissingForPublication::messageKey)
			.collectList()
			.block();
	}

	private WebTestClient.ResponseSpec range(String path, String range) {
		return this.pages.anonymous().get().uri(path).header(HttpHeaders.RANGE, range).exchange();
	}

	private static String base(Talk talk) {
		return "/impulse/" + talk.series() + "/" + talk.slug();
	}

	private static String jsonLd(String page) {
		int start = page.indexOf("<script type=\"application/ld+json\">");
		assertThat(start).as("the page has JSON-LD").isNotNegative();
		return page.substring(start, page.indexOf("</script>", start));
	}

	private static Flux<org.springframework.core.io.buffer.DataBuffer> body(String text) {
		return Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(text.getBytes(StandardCharsets.UTF_8)));
	}

}
