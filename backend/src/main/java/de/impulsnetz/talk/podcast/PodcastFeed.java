package de.impulsnetz.talk.podcast;

import java.net.MalformedURLException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.rometools.modules.itunes.EntryInformationImpl;
import com.rometools.modules.itunes.FeedInformationImpl;
import com.rometools.modules.itunes.types.Category;
import com.rometools.modules.itunes.types.Duration;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Enclosure;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Image;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.jspecify.annotations.Nullable;

/**
 * Writes the podcast feed of a series: RSS 2.0, the iTunes tags Apple requires (image,
 * category, explicit, language; duration and episode type per item) and the Podcasting
 * 2.0 tags for the site's transcripts, chapters, speakers and licences.
 */
public final class PodcastFeed {

	/**
	 * The namespace of {@code podcast:guid}, fixed by the Podcasting 2.0 specification.
	 */
	private static final UUID GUID_NAMESPACE = UUID.fromString("ead4c236-bf58-58c6-a2c6-a6b28d128cb6");

	private PodcastFeed() {
	}

	/**
	 * The feed as XML.
	 */
	public static String write(Show show, List<Episode> episodes) {
		Channel channel = new Channel("rss_2.0");
		channel.setTitle(show.title());
		channel.setLink(show.link());
		channel.setDescription(show.description());
		channel.setLanguage(show.language());
		channel.setCopyright(show.copyright());
		channel.setGenerator("Impulsnetz");
		channel.setLastBuildDate(date(show.updated()));
		Image image = new Image();
		image.setUrl(show.imageUrl());
		image.setTitle(show.title());
		image.setLink(show.link());
		channel.setImage(image);

		FeedInformationImpl itunes = new FeedInformationImpl();
		itunes.setAuthor(show.author());
		itunes.setSummary(show.description());
		itunes.setImage(url(show.imageUrl()));
		itunes.setCategories(List.of(new Category(show.category())));
		itunes.setExplicit(false);
		itunes.setType("episodic");
		PodcastNamespace podcast = new PodcastNamespace();
		podcast.setGuid(guid(show.feedUrl()).toString());
		podcast.setMedium("podcast");
		podcast.setLocked(true, null);
		channel.setModules(new ArrayList<>(List.<Module>of(itunes, podcast)));
		channel.setItems(episodes.stream().map(PodcastFeed::item).toList());
		try {
			return new WireFeedOutput().outputString(channel, true);
		}
		catch (FeedException failure) {
			throw new IllegalStateException("The podcast feed of " + show.link() + " could not be written", failure);
		}
	}

	private static Item item(Episode episode) {
		Item item = new Item();
		item.setTitle(episode.title());
		item.setLink(episode.link());
		Description description = new Description();
		description.setType("text/plain");
		description.setValue(episode.description());
		item.setDescription(description);
		item.setPubDate(date(episode.published()));
		Guid guid = new Guid();
		guid.setValue(episode.guid());
		guid.setPermaLink(false);
		item.setGuid(guid);
		Enclosure enclosure = new Enclosure();
		enclosure.setUrl(episode.audioUrl());
		enclosure.setLength(episode.audioLength());
		enclosure.setType(episode.audioType());
		item.setEnclosures(List.of(enclosure));

		EntryInformationImpl itunes = new EntryInformationImpl();
		itunes.setDuration(new Duration(episode.durationSeconds() * 1000));
		itunes.setEpisodeType("full");
		itunes.setExplicit(false);
		itunes.setTitle(episode.title());
		itunes.setClosedCaptioned(!episode.transcripts().isEmpty());
		PodcastNamespace podcast = new PodcastNamespace();
		podcast.setPersons(episode.persons());
		podcast.setTranscripts(episode.transcripts());
		if (episode.chaptersUrl() != null) {
			podcast.setChapters(new PodcastNamespace.Chapters(episode.chaptersUrl(), PodcastNamespace.JSON_CHAPTERS));
		}
		podcast.setLicense(episode.license());
		item.setModules(new ArrayList<>(List.<Module>of(itunes, podcast)));
		return item;
	}

	/**
	 * The series' {@code podcast:guid}: a version 5 UUID of the feed's address without
	 * its scheme and trailing slashes, as the specification prescribes, so that it stays
	 * the same wherever the feed is read.
	 */
	static UUID guid(String feedUrl) {
		String name = feedUrl.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "").replaceAll("/+$", "");
		try {
			MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
			ByteBuffer namespace = ByteBuffer.allocate(16);
			namespace.putLong(GUID_NAMESPACE.getMostSignificantBits());
			namespace.putLong(GUID_NAMESPACE.getLeastSignificantBits());
			sha1.update(namespace.array());
			byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
			hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
			hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
			ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
			return new UUID(bits.getLong(), bits.getLong());
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every Java has SHA-1", impossible);
		}
	}

	private static Date date(Instant instant) {
		return Date.from(instant);
	}

	private static java.net.URL url(String address) {
		try {
			return URI.create(address).toURL();
		}
		catch (MalformedURLException | IllegalArgumentException failure) {
			throw new IllegalArgumentException("Not an absolute address: " + address, failure);
		}
	}

	/**
	 * The series as a show.
	 *
	 * @param link the series page
	 * @param feedUrl this feed's own address
	 * @param description plain text
	 * @param language e.g. {@code de}
	 * @param author the organising municipality
	 * @param imageUrl square artwork, 1400 to 3000 pixels
	 * @param category an Apple Podcasts category, e.g. {@code Government}
	 */
	public record Show(String title, String link, String feedUrl, String description, String language, String author,
			String copyright, String imageUrl, String category, Instant updated) {

	}

	/**
	 * A published, public recording as an episode.
	 *
	 * @param guid stable for the talk, whatever happens to its address
	 * @param description plain text
	 * @param audioUrl the audio version (the enclosure)
	 * @param audioLength its exact size in bytes
	 * @param audioType e.g. {@code audio/mp4}
	 */
	public record Episode(String guid, String title, String link, String description, Instant published,
			String audioUrl, long audioLength, String audioType, long durationSeconds,
			List<PodcastNamespace.Person> persons, List<PodcastNamespace.Transcript> transcripts,
			@Nullable String chaptersUrl, PodcastNamespace.@Nullable License license) {

		public Episode {
			persons = List.copyOf(persons);
			transcripts = List.copyOf(transcripts);
		}

	}

}
