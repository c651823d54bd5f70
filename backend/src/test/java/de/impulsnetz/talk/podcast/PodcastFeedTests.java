package de.impulsnetz.talk.podcast;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import com.rometools.modules.itunes.EntryInformation;
import com.rometools.modules.itunes.FeedInformation;
import com.rometools.modules.itunes.ITunes;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The podcast feed, read back with Rome: the iTunes tags Apple requires and the
 * Podcasting 2.0 tags.
 */
class PodcastFeedTests {

	private static final PodcastFeed.Show SHOW = new PodcastFeed.Show("Impulsreihe Social Media",
			"https://impulsnetz.example/impulse/impulsreihe-social-media",
			"https://impulsnetz.example/impulse/impulsreihe-social-media/podcast.xml",
			"Vorträge für die Social-Media-Teams im Kreis.", "de", "Kreis Steinfurt", "Kreis Steinfurt",
			"https://impulsnetz.example/img/podcast-cover.png", "Government", Instant.parse("2026-11-01T10:00:00Z"));

	private static final PodcastFeed.Episode EPISODE = new PodcastFeed.Episode("talk-1", "Drei Schritte",
			"https://impulsnetz.example/impulse/impulsreihe-social-media/drei-schritte", "Ein Impuls in einer Minute.",
			Instant.parse("2026-10-01T16:00:00Z"),
			"https://impulsnetz.example/impulse/impulsreihe-social-media/drei-schritte/medien/audio.m4a", 401392,
			"audio/mp4", 3725, List.of(new PodcastNamespace.Person("Erika Muster", "guest", "cast", null)),
			List.of(new PodcastNamespace.Transcript(
					"https://impulsnetz.example/impulse/impulsreihe-social-media/drei-schritte/untertitel/de.vtt",
					"text/vtt", "de", "captions")),
			"https://impulsnetz.example/impulse/impulsreihe-social-media/drei-schritte/kapitel.json",
			new PodcastNamespace.License("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/"));

	@Test
	void channelHasTheTagsAppleRequires() throws Exception {
		Channel channel = read(PodcastFeed.write(SHOW, List.of(EPISODE)));

		assertThat(channel.getTitle()).isEqualTo("Impulsreihe Social Media");
		assertThat(channel.getDescription()).isNotBlank();
		assertThat(channel.getLanguage()).isEqualTo("de");
		FeedInformation itunes = (FeedInformation) channel.getModule(ITunes.URI);
		assertThat(itunes.getImage()).hasToString("https://impulsnetz.example/img/podcast-cover.png");
		assertThat(itunes.getCategories()).extracting("name").containsExactly("Government");
		assertThat(itunes.getExplicitNullable()).isFalse();
		assertThat(itunes.getAuthor()).isEqualTo("Kreis Steinfurt");
	}

	@Test
	void itemCarriesTheAudioWithItsExactLengthAndType() throws Exception {
		Item item = read(PodcastFeed.write(SHOW, List.of(EPISODE))).getItems().get(0);

		assertThat(item.getEnclosures()).singleElement().satisfies((enclosure) -> {
			assertThat(enclosure.getUrl()).endsWith("/medien/audio.m4a");
			assertThat(enclosure.getLength()).isEqualTo(401392);
			assertThat(enclosure.getType()).isEqualTo("audio/mp4");
		});
		assertThat(item.getGuid().getValue()).isEqualTo("talk-1");
		assertThat(item.getGuid().isPermaLink()).isFalse();
		EntryInformation itunes = (EntryInformation) item.getModule(ITunes.URI);
		assertThat(itunes.getDuration().getMilliseconds()).isEqualTo(3_725_000);
		assertThat(itunes.getEpisodeType()).isEqualTo("full");
	}

	@Test
	void podcastingTwoTagsAreWrittenAndReadBack() throws Exception {
		String xml = PodcastFeed.write(SHOW, List.of(EPISODE));
		Channel channel = read(xml);

		assertThat(xml).contains("xmlns:podcast=\"https://podcastindex.org/namespace/1.0\"");
		PodcastNamespace show = (PodcastNamespace) channel.getModule(PodcastNamespace.URI);
		assertThat(show.getGuid()).isEqualTo(PodcastFeed.guid(SHOW.feedUrl()).toString());
		assertThat(show.getMedium()).isEqualTo("podcast");
		assertThat(show.getLocked()).isTrue();

		PodcastNamespace episode = (PodcastNamespace) channel.getItems().get(0).getModule(PodcastNamespace.URI);
		assertThat(episode.getTranscripts()).singleElement().satisfies((transcript) -> {
			assertThat(transcript.type()).isEqualTo("text/vtt");
			assertThat(transcript.language()).isEqualTo("de");
			assertThat(transcript.rel()).isEqualTo("captions");
		});
		assertThat(episode.getChapters().type()).isEqualTo("application/json+chapters");
		assertThat(episode.getPersons()).extracting(PodcastNamespace.Person::name).containsExactly("Erika Muster");
		assertThat(episode.getLicense().identifier()).isEqualTo("CC-BY-4.0");
	}

	@Test
	void guidIsTheSpecificationsVersionFiveUuid() {
		// The example of the Podcasting 2.0 specification for podcast:guid.
		assertThat(PodcastFeed.guid("https://mp3s.nashownotes.com/pc20rss.xml"))
			.hasToString("917393e3-1b1e-5cef-ace4-edaa54e1f810");
		assertThat(PodcastFeed.guid("mp3s.nashownotes.com/pc20rss.xml/"))
			.isEqualTo(PodcastFeed.guid("https://mp3s.nashownotes.com/pc20rss.xml"));
	}

	@Test
	void anEmptySeriesIsStillAValidFeed() throws Exception {
		Channel channel = read(PodcastFeed.write(SHOW, List.of()));

		assertThat(channel.getItems()).isEmpty();
		assertThat(channel.getModule(ITunes.URI)).isNotNull();
	}

	private static Channel read(String xml) throws Exception {
		return (Channel) new WireFeedInput().build(new InputSource(new StringReader(xml)));
	}

}
