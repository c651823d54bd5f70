package de.impulsnetz.talk.summary;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The summary of one talk: the organisers' current text and the text readers see. Kept
 * apart from the talk, so that saving a summary never races with editing the talk.
 *
 * @param id the talk's id: one summary per talk
 * @param markdown the latest saved text
 * @param revision number of the latest saved version (1 for the first); what clients send
 * back as {@code version} to show which text they changed
 * @param publishedMarkdown what readers see; {@code null} before the first publication
 * @param publishedRevision the version that was published
 * @param version the optimistic lock that makes concurrent saves fail instead of
 * overwriting each other
 */
@Document("talk_summaries")
public record Summary(@Id String id, String series, String slug, String markdown, int revision,
		@Nullable String publishedMarkdown, @Nullable Integer publishedRevision, @Nullable Instant publishedAt,
		Instant updatedAt, @Version @Nullable Long version) {

	public boolean isPublished() {
		return this.publishedMarkdown != null;
	}

	/**
	 * Whether the latest saved version is not the published one.
	 */
	public boolean hasUnpublishedChanges() {
		return this.publishedRevision == null || this.publishedRevision != this.revision;
	}

	Summary revised(String markdown, Instant now) {
		return new Summary(this.id, this.series, this.slug, markdown, this.revision + 1, this.publishedMarkdown,
				this.publishedRevision, this.publishedAt, now, this.version);
	}

	Summary published(Instant now) {
		return new Summary(this.id, this.series, this.slug, this.markdown, this.revision, this.markdown, this.revision,
				now, now, this.version);
	}

}
