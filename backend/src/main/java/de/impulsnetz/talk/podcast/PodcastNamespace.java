package de.impulsnetz.talk.podcast;

import java.util.ArrayList;
import java.util.List;

import com.rometools.rome.feed.CopyFrom;
import com.rometools.rome.feed.module.ModuleImpl;
import org.jspecify.annotations.Nullable;

/**
 * The tags of the Podcasting 2.0 namespace this site writes, as a Rome module: on the
 * channel {@code podcast:guid}, {@code podcast:medium}, {@code podcast:locked} and
 * {@code podcast:license}; on the channel and on items {@code podcast:person}; on items
 * {@code podcast:transcript} and {@code podcast:chapters}.
 *
 * @see <a href="https://podcastindex.org/namespace/1.0">The podcast namespace</a>
 */
public class PodcastNamespace extends ModuleImpl {

	public static final String URI = "https://podcastindex.org/namespace/1.0";

	public static final String PREFIX = "podcast";

	/**
	 * The MIME type of chapters in the Podcasting 2.0 JSON format.
	 */
	public static final String JSON_CHAPTERS = "application/json+chapters";

	private @Nullable String guid;

	private @Nullable String medium;

	private @Nullable Boolean locked;

	private @Nullable String lockOwner;

	private @Nullable License license;

	private List<Person> persons = new ArrayList<>();

	private List<Transcript> transcripts = new ArrayList<>();

	private @Nullable Chapters chapters;

	public PodcastNamespace() {
		super(PodcastNamespace.class, URI);
	}

	public @Nullable String getGuid() {
		return this.guid;
	}

	public void setGuid(@Nullable String guid) {
		this.guid = guid;
	}

	public @Nullable String getMedium() {
		return this.medium;
	}

	public void setMedium(@Nullable String medium) {
		this.medium = medium;
	}

	public @Nullable Boolean getLocked() {
		return this.locked;
	}

	public @Nullable String getLockOwner() {
		return this.lockOwner;
	}

	/**
	 * {@code podcast:locked}: whether other platforms may import the feed; the owner's
	 * address proves a move.
	 */
	public void setLocked(boolean locked, @Nullable String owner) {
		this.locked = locked;
		this.lockOwner = owner;
	}

	public @Nullable License getLicense() {
		return this.license;
	}

	public void setLicense(@Nullable License license) {
		this.license = license;
	}

	public List<Person> getPersons() {
		return this.persons;
	}

	public void setPersons(List<Person> persons) {
		this.persons = new ArrayList<>(persons);
	}

	public List<Transcript> getTranscripts() {
		return this.transcripts;
	}

	public void setTranscripts(List<Transcript> transcripts) {
		this.transcripts = new ArrayList<>(transcripts);
	}

	public @Nullable Chapters getChapters() {
		return this.chapters;
	}

	public void setChapters(@Nullable Chapters chapters) {
		this.chapters = chapters;
	}

	@Override
	public Class<? extends CopyFrom> getInterface() {
		return PodcastNamespace.class;
	}

	@Override
	public void copyFrom(CopyFrom other) {
		PodcastNamespace source = (PodcastNamespace) other;
		this.guid = source.guid;
		this.medium = source.medium;
		this.locked = source.locked;
		this.lockOwner = source.lockOwner;
		this.license = source.license;
		this.persons = new ArrayList<>(source.persons);
		this.transcripts = new ArrayList<>(source.transcripts);
		this.chapters = source.chapters;
	}

	@Override
	public Object clone() {
		PodcastNamespace copy = new PodcastNamespace();
		copy.copyFrom(this);
		return copy;
	}

	/**
	 * {@code podcast:person}: someone who took part, e.g. a speaker ({@code role}
	 * "guest", {@code group} "cast") or the host.
	 */
	public record Person(String name, @Nullable String role, @Nullable String group, @Nullable String href) {

	}

	/**
	 * {@code podcast:transcript}: a transcript or captions file of an item.
	 *
	 * @param type e.g. {@code text/vtt}
	 * @param language BCP 47, e.g. {@code de}
	 * @param rel {@code captions} when the file is timed captions
	 */
	public record Transcript(String url, String type, @Nullable String language, @Nullable String rel) {

	}

	/**
	 * {@code podcast:chapters}: the item's chapters file.
	 */
	public record Chapters(String url, String type) {

	}

	/**
	 * {@code podcast:license}: an SPDX identifier and, for licences outside that list, a
	 * link to its text.
	 */
	public record License(String identifier, @Nullable String url) {

	}

}
