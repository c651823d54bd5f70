package de.impulsnetz.talk.podcast;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.rometools.modules.itunes.EntryInformation;
import com.rometools.modules.itunes.FeedInformation;
import com.rometools.modules.itunes.ITunes;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import de.impulsnetz.IntegrationTest;
import de.impulsnetz.PageClient;
import de.impulsnetz.talk.publication.Consent;
import de.impulsnetz.talk.publication.Licence;
import de.impulsnetz.talk.Speaker;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkFixture;
import de.impulsnetz.talk.TalkLibrary;
import de.impulsnetz.talk.TalkSeries;
import de.impulsnetz.talk.TalkState;
import de.impulsnetz.talk.Visibility;
import de.impulsnetz.talk.captions.Chapter;
import de.impulsnetz.talk.captions.TalkCaptions;
import de.impulsnetz.talk.captions.TalkChapters;
import de.impulsnetz.talk.recording.MediaKind;
import de.impulsnetz.talk.recording.RecordingFormat;
import de.impulsnetz.talk.recording.RecordingJob;
import de.impulsnetz.talk.recording.RecordingJob.Status;
import de.impulsnetz.talk.recording.RecordingJob.StoredMedia;
import de.impulsnetz.talk.recording.Recordings;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.gridfs.ReactiveGridFsTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The podcast feed of a series over HTTP, read back with Rome: only talks whose recording
 * anyone may play, with the exact audio file, the iTunes tags Apple requires and the
 * Podcasting 2.0 tags; the series page points podcast apps to it.
 */
@IntegrationTest
class PodcastControllerTests {

	private final PageClient pages;

	private final TalkSeries series;

	private final ReactiveMongoTemplate mongo;

	private final ReactiveGridFsTemplate recordingFiles;

	@Autowired
	Recordings recordings;

	@Autowired
	TalkCaptions captions;

	@Autowired
	TalkChapters chapters;

	@Value("${impulsnetz.public-url}")
	String publicUrl;

	PodcastControllerTests(@Autowired ApplicationContext context, @Autowired TalkLibrary library,
			@Autowired ReactiveMongoTemplate mongo) {
		this.pages = new PageClient(context);
		this.mongo = mongo;
		this.recordingFiles = new ReactiveGridFsTemplate(mongo.getMongoDatabaseFactory(), mongo.getConverter(),
				"recordings");
		this.series = new TalkFixture(library).series("Podcast aus Altena", "stadt-altena");
	}

	@Test
	void theFeedHasThePublicPublishedRecordingsWithTheirAudioCaptionsAndChapters() throws Exception {
		Talk published = talk("Öffentlich und veröffentlicht", TalkState.PUBLISHED, Visibility.PUBLIC, true,
				Instant.parse("2026-06-01T10:00:00Z"));
		Talk newer = talk("Ohne Untertitel", TalkState.PUBLISHED, Visibility.PUBLIC, true,
				Instant.parse("2026-07-01T10:00:00Z"));
		byte[] audio = recorded(published, 4321);
		recorded(newer, 1234);
		this.captions.store(published, "de", Flux.just(DefaultDataBufferFactory.sharedInstance
			.wrap("WEBVTT\n\n00:00.000 --> 00:02.000\n<v Paula Podium>Willkommen.\n".getBytes(StandardCharsets.UTF_8))),
				Duration.ofSeconds(90))
			.block();
		this.chapters
			.save(published,
					List.of(new Chapter(Duration.ZERO, "Begrüßung"), new Chapter(Duration.ofSeconds(30), "Plan")))
			.block();

		Channel channel = read(feed());

		String base = this.publicUrl.replaceAll("/$", "") + "/impulse/";
		assertThat(channel.getTitle()).isEqualTo("Podcast aus Altena");
		assertThat(channel.getLink()).isEqualTo(base + this.series.slug());
		assertThat(channel.getLanguage()).isEqualTo("de");
		FeedInformation show = (FeedInformation) channel.getModule(ITunes.URI);
		assertThat(show.getAuthor()).isEqualTo("Stadt Altena");
		assertThat(show.getImage()).hasToString(this.publicUrl.replaceAll("/$", "") + "/img/podcast-cover.png");
		assertThat(show.getCategories()).extracting("name").containsExactly("Government");
		assertThat(show.getExplicitNullable()).isFalse();
		assertThat(((PodcastNamespace) channel.getModule(PodcastNamespace.URI)).getGuid())
			.isEqualTo(PodcastFeed.guid(base + this.series.slug() + "/podcast.xml").toString());

		assertThat(channel.getItems()).extracting(Item::getTitle)
			.containsExactly("Ohne Untertitel", "Öffentlich und veröffentlicht");
		Item item = channel.getItems().get(1);
		long stored = this.recordings.media(this.series.slug(), published.slug(), MediaKind.AUDIO, null)
			.block()
			.length();
		assertThat(item.getLink()).isEqualTo(base + published.key());
		assertThat(item.getDescription().getValue()).isEqualTo("Ein kurzer Impuls.");
		assertThat(item.getEnclosures()).singleElement().satisfies((enclosure) -> {
			assertThat(enclosure.getUrl()).isEqualTo(base + published.key() + "/medien/audio.m4a");
			assertThat(enclosure.getLength()).isEqualTo(stored).isEqualTo(audio.length);
			assertThat(enclosure.getType()).isEqualTo("audio/mp4");
		});
		EntryInformation episode = (EntryInformation) item.getModule(ITunes.URI);
		assertThat(episode.getDuration().getMilliseconds()).isEqualTo(90_000);
		PodcastNamespace podcast = (PodcastNamespace) item.getModule(PodcastNamespace.URI);
		assertThat(podcast.getTranscripts()).containsExactly(new PodcastNamespace.Transcript(
				base + published.key() + "/untertitel/de.vtt", "text/vtt", "de", "captions"));
		assertThat(podcast.getChapters()).isEqualTo(new PodcastNamespace.Chapters(
				base + published.key() + "/kapitel.json", PodcastNamespace.JSON_CHAPTERS));
		assertThat(podcast.getPersons()).extracting(PodcastNamespace.Person::name).containsExactly("Paula Podium");
		assertThat(podcast.getLicense()).isEqualTo(new PodcastNamespace.License("CC-BY-4.0", null));

		PodcastNamespace withoutExtras = (PodcastNamespace) channel.getItems().get(0).getModule(PodcastNamespace.URI);
		assertThat(withoutExtras.getTranscripts()).isEmpty();
		assertThat(withoutExtras.getChapters()).isNull();
	}

	@Test
	void talksNotEveryoneMayPlayStayOut() throws Exception {
		Talk membersOnly = talk("Nur für Mitglieder", TalkState.PUBLISHED, Visibility.MEMBERS, true,
				Instant.parse("2026-06-01T10:00:00Z"));
		Talk unpublished = talk("Noch nicht veröffentlicht", TalkState.HELD, Visibility.PUBLIC, true,
				Instant.parse("2026-06-02T10:00:00Z"));
		Talk withoutConsent = talk("Ohne Einwilligung", TalkState.PUBLISHED, Visibility.PUBLIC, false,
				Instant.parse("2026-06-03T10:00:00Z"));
		Talk withoutRecording = talk("Ohne Aufnahme", TalkState.PUBLISHED, Visibility.PUBLIC, true,
				Instant.parse("2026-06-04T10:00:00Z"));
		Talk playable = talk("Hörbar", TalkState.PUBLISHED, Visibility.PUBLIC, true,
				Instant.parse("2026-06-05T10:00:00Z"));
		recorded(membersOnly, 100);
		recorded(unpublished, 100);
		recorded(withoutConsent, 100);
		recorded(playable, 100);

		String xml = feed();

		assertThat(read(xml).getItems()).extracting(Item::getTitle).containsExactly("Hörbar");
		assertThat(xml).doesNotContain(membersOnly.slug(), unpublished.slug(), withoutConsent.slug(),
				withoutRecording.slug());
	}

	@Test
	void unknownSeriesHaveNoPodcast() {
		this.pages.anonymous()
			.get()
			.uri("/impulse/keine-reihe-" + UUID.randomUUID() + "/podcast.xml")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void theSeriesPageLinksThePodcastWhoseCoverAnyoneMayLoad() {
		String page = this.pages.get(null, "/impulse/" + this.series.slug(), HttpStatus.OK);

		String feed = "/impulse/" + this.series.slug() + "/podcast.xml";
		assertThat(page).contains("<link rel=\"alternate\" type=\"application/rss+xml\" href=\"" + feed + "\"")
			.contains("<a class=\"kern-link\" href=\"" + feed + "\" type=\"application/rss+xml\">");
		this.pages.anonymous()
			.get()
			.uri(PodcastController.COVER)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.IMAGE_PNG);
	}

	private String feed() {
		return this.pages.anonymous()
			.get()
			.uri("/impulse/" + this.series.slug() + "/podcast.xml")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("application/rss+xml;charset=UTF-8")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private Talk talk(String title, TalkState state, Visibility visibility, boolean agreed, Instant startsAt) {
		Consent consent = agreed ? new Consent(true, true, Licence.CC_BY_4_0) : Consent.NONE;
		return this.mongo
			.insert(new Talk(null, this.series.slug(), "folge-" + UUID.randomUUID().toString().substring(0, 8), title,
					startsAt, 30, List.of(new Speaker("Paula Podium", "Stadt Altena", null, consent)),
					"Ein **kurzer** Impuls.", null, state, visibility, "", null, null, null))
			.block();
	}

	/**
	 * A processed recording of the talk as the worker leaves it, with an audio version of
	 * this many bytes and a length of 90 seconds.
	 */
	private byte[] recorded(Talk talk, int size) {
		byte[] bytes = new byte[size];
		new java.util.Random(size).nextBytes(bytes);
		ObjectId file = this.recordingFiles
			.store(Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(bytes)), "audio.m4a", "audio/mp4",
					new Document("kind", "test"))
			.block();
		this.mongo
			.insert(new RecordingJob(null, talk.series(), talk.slug(), Status.FERTIG, 100, null, file,
					RecordingFormat.MP3, size, "test", Instant.now(), Instant.now(), null, null, 1, 90.0, null, "aac",
					null, null, null, new StoredMedia(file, size, "audio/mp4"), null, false))
			.block();
		return bytes;
	}

	private static Channel read(String xml) throws Exception {
		return (Channel) new WireFeedInput().build(new InputSource(new StringReader(xml)));
	}

}
