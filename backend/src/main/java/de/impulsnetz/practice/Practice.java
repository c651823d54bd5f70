package de.impulsnetz.practice;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import de.impulsnetz.content.ImportStamp;
import de.impulsnetz.content.Importable;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.index.CompoundIndex;

/**
 * A Praxisbeispiel: how one or more municipalities solved a social media problem, and
 * where it stands in review (Entwurf → Eingereicht → Veröffentlicht).
 *
 * @param authorId Keycloak id of the member who started it; {@code null} when imported
 * from {@code content/}
 * @param contributors ids of everyone who saved its content; none of them may publish it
 * (four-eyes rule)
 * @param reviewComment what the editors asked for when they sent it back to Entwurf
 * @param revision number of the revision {@code content} holds, see
 * {@link PracticeRevision}
 * @param publishedRevisions numbers of the revisions that were ever published; readers
 * see only these in the version history
 * @param pending a change to the published text that waits for review; {@code null} when
 * there is none. While a practice was never published its drafts live in {@code content}.
 * @param updatedAt last change of any kind; the search index catches up by it
 * @param version optimistic lock: a save based on an older version is refused
 */
@Document("practices")
// Hot read paths: the lists, related cases and feeds (newest published first), a
// municipality's page (its published cases).
@CompoundIndex(name = "published_newest", def = "{'status': 1, 'publishedAt': -1, 'title': 1}")
@CompoundIndex(name = "published_by_municipality", def = "{'status': 1, 'content.municipalities': 1}")
public record Practice(@Id @Nullable String id, @Indexed(unique = true) String slug, PracticeContent content,
		PracticeStatus status, @Nullable String authorId, Set<String> contributors, @Nullable String reviewComment,
		@Nullable Instant submittedAt, @Nullable Instant publishedAt, @Nullable String publishedBy, int revision,
		Set<Integer> publishedRevisions, @Nullable PendingChange pending, @Nullable ImportStamp importStamp,
		@Nullable Instant editedAt, @Nullable Instant updatedAt,
		@Version @Nullable Long version) implements Importable {

	public Practice {
		contributors = (contributors != null) ? Set.copyOf(contributors) : Set.of();
		publishedRevisions = (publishedRevisions != null) ? Set.copyOf(publishedRevisions) : Set.of();
		if (publishedRevisions.isEmpty() && status == PracticeStatus.PUBLISHED) {
			// Stored before published revisions were recorded: at least the current one
			// was.
			publishedRevisions = Set.of(revision);
		}
	}

	/**
	 * A practice as a file in {@code content/praxis} describes it: published, by nobody
	 * in particular.
	 */
	public static Practice imported(String slug, PracticeContent content, Instant publishedAt, ImportStamp stamp) {
		return new Practice(null, slug, content, PracticeStatus.PUBLISHED, null, Set.of(), null, null, publishedAt,
				null, 1, Set.of(1), null, stamp, null, stamp.importedAt(), null);
	}

	public static Practice draft(String slug, PracticeContent content, String authorId, Instant now) {
		return new Practice(null, slug, content, PracticeStatus.DRAFT, authorId, Set.of(authorId), null, null, null,
				null, 1, Set.of(), null, null, now, now, null);
	}

	public String title() {
		return this.content.title();
	}

	public String teaser() {
		return this.content.teaser();
	}

	public boolean isPublished() {
		return this.status == PracticeStatus.PUBLISHED;
	}

	/**
	 * Whether a change to the published text waits for review.
	 */
	public boolean hasPendingChange() {
		return this.pending != null;
	}

	/**
	 * What the authors work on: the pending change of a published practice, else the
	 * content.
	 */
	public PracticeContent workingContent() {
		return (this.pending != null) ? this.pending.content() : this.content;
	}

	/**
	 * Number of the newest saved revision, published or not.
	 */
	public int latestRevision() {
		return (this.pending != null) ? Math.max(this.pending.revision(), this.revision) : this.revision;
	}

	/**
	 * The revision an editor reviews: the pending change, else the content.
	 */
	public int revisionInReview() {
		return (this.pending != null) ? this.pending.revision() : this.revision;
	}

	/**
	 * Who saved content of what an editor reviews now; none of them may publish it.
	 */
	public Set<String> contributorsInReview() {
		return (this.pending != null) ? this.pending.contributors() : this.contributors;
	}

	/**
	 * Whether there is something an editor may publish: a submitted practice or a pending
	 * change.
	 */
	public boolean awaitsReview() {
		return this.status == PracticeStatus.SUBMITTED || hasChangeInReview();
	}

	/**
	 * Whether a change to the published text waits for an editor (and was not sent back
	 * to the authors).
	 */
	public boolean hasChangeInReview() {
		return this.pending != null && this.pending.waitsForReview();
	}

	/**
	 * Whether an editor sent the change to the published text back to the authors.
	 */
	public boolean hasReturnedChange() {
		return this.pending != null && !this.pending.waitsForReview();
	}

	/**
	 * New content saved by a member, based on the version they started from. A published
	 * practice keeps its published text: the new content becomes (or extends) the pending
	 * change.
	 * @param highestRecorded the highest revision number in the history, which may be a
	 * withdrawn change's: numbers are never given twice
	 */
	public Practice revisedBy(String memberId, PracticeContent revised, long basedOnVersion, Instant now,
			int highestRecorded) {
		int number = Math.max(latestRevision(), highestRecorded) + 1;
		if (isPublished()) {
			PendingChange change = (this.pending != null) ? this.pending.savedAgain(memberId, revised, number, now)
					: PendingChange.first(memberId, revised, number, now);
			return new Practice(this.id, this.slug, this.content, this.status, this.authorId, this.contributors,
					this.reviewComment, this.submittedAt, this.publishedAt, this.publishedBy, this.revision,
					this.publishedRevisions, change, this.importStamp, this.editedAt, now, basedOnVersion);
		}
		Set<String> all = new LinkedHashSet<>(this.contributors);
		all.add(memberId);
		return new Practice(this.id, this.slug, revised, this.status, this.authorId, all, this.reviewComment,
				this.submittedAt, this.publishedAt, this.publishedBy, number, this.publishedRevisions, null,
				this.importStamp, now, now, basedOnVersion);
	}

	public Practice submitted(Instant now) {
		return new Practice(this.id, this.slug, this.content, PracticeStatus.SUBMITTED, this.authorId,
				this.contributors, this.reviewComment, now, this.publishedAt, this.publishedBy, this.revision,
				this.publishedRevisions, this.pending, this.importStamp, now, now, this.version);
	}

	/**
	 * An editor publishes what is in review: a submitted practice, or the pending change
	 * of a published one, which then becomes the text readers see.
	 */
	public Practice publishedBy(String editorId, Instant now) {
		Instant first = (this.publishedAt != null) ? this.publishedAt : now;
		Set<Integer> published = new LinkedHashSet<>(this.publishedRevisions);
		published.add(revisionInReview());
		if (this.pending != null) {
			Set<String> all = new LinkedHashSet<>(this.contributors);
			all.addAll(this.pending.contributors());
			return new Practice(this.id, this.slug, this.pending.content(), PracticeStatus.PUBLISHED, this.authorId,
					all, null, this.submittedAt, first, editorId, this.pending.revision(), published, null,
					this.importStamp, now, now, this.version);
		}
		return new Practice(this.id, this.slug, this.content, PracticeStatus.PUBLISHED, this.authorId,
				this.contributors, null, this.submittedAt, first, editorId, this.revision, published, null,
				this.importStamp, now, now, this.version);
	}

	/**
	 * An editor sends the change to the published text back to the authors, saying why;
	 * it stays with them to work on.
	 */
	public Practice changeSentBack(String comment, Instant now) {
		return withPending(this.pending.sentBack(comment), now);
	}

	/**
	 * The authors submit a change that was sent back again.
	 */
	public Practice changeSubmittedAgain(Instant now) {
		return withPending(this.pending.submittedAgain(), now);
	}

	/**
	 * The change to the published text is withdrawn by its authors or discarded by an
	 * editor; its revisions stay in the history.
	 */
	public Practice withoutPendingChange(Instant now) {
		return withPending(null, now);
	}

	private Practice withPending(@Nullable PendingChange change, Instant now) {
		return new Practice(this.id, this.slug, this.content, this.status, this.authorId, this.contributors,
				this.reviewComment, this.submittedAt, this.publishedAt, this.publishedBy, this.revision,
				this.publishedRevisions, change, this.importStamp, this.editedAt, now, this.version);
	}

	public Practice returnedToDraft(String comment, Instant now) {
		return new Practice(this.id, this.slug, this.content, PracticeStatus.DRAFT, this.authorId, this.contributors,
				comment, null, this.publishedAt, this.publishedBy, this.revision, this.publishedRevisions, this.pending,
				this.importStamp, now, now, this.version);
	}

	Practice withIdentityOf(Practice existing, int highestRecorded) {
		// A pending change of the authors stays; the file's text is published as it is.
		int number = Math.max(existing.latestRevision(), highestRecorded) + 1;
		Set<Integer> published = new LinkedHashSet<>(existing.publishedRevisions);
		published.add(number);
		return new Practice(existing.id, this.slug, this.content, this.status, existing.authorId, existing.contributors,
				existing.reviewComment, existing.submittedAt, this.publishedAt, existing.publishedBy, number, published,
				existing.pending, this.importStamp, existing.editedAt, this.updatedAt, existing.version);
	}

}
