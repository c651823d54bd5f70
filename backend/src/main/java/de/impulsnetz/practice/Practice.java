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

/**
 * A Praxisbeispiel: how one or more municipalities solved a social media problem, and
 * where it stands in review (Entwurf → Eingereicht → Veröffentlicht).
 *
 * @param authorId Keycloak id of the member who started it; {@code null} when imported
 * from {@code content/}
 * @param contributors ids of everyone who saved its content; none of them may publish it
 * (four-eyes rule)
 * @param reviewComment what the editors asked for when they sent it back to Entwurf
 * @param revision number of the latest saved content, see {@link PracticeRevision}
 * @param updatedAt last change of any kind; the search index catches up by it
 * @param version optimistic lock: a save based on an older version is refused
 */
@Document("practices")
public record Practice(@Id @Nullable String id, @Indexed(unique = true) String slug, PracticeContent content,
		PracticeStatus status, @Nullable String authorId, Set<String> contributors, @Nullable String reviewComment,
		@Nullable Instant submittedAt, @Nullable Instant publishedAt, @Nullable String publishedBy, int revision,
		@Nullable ImportStamp importStamp, @Nullable Instant editedAt, @Nullable Instant updatedAt,
		@Version @Nullable Long version) implements Importable {

	public Practice {
		contributors = (contributors != null) ? Set.copyOf(contributors) : Set.of();
	}

	/**
	 * A practice as a file in {@code content/praxis} describes it: published, by nobody
	 * in particular.
	 */
	public static Practice imported(String slug, PracticeContent content, Instant publishedAt, ImportStamp stamp) {
		return new Practice(null, slug, content, PracticeStatus.PUBLISHED, null, Set.of(), null, null, publishedAt,
				null, 1, stamp, null, stamp.importedAt(), null);
	}

	public static Practice draft(String slug, PracticeContent content, String authorId, Instant now) {
		return new Practice(null, slug, content, PracticeStatus.DRAFT, authorId, Set.of(authorId), null, null, null,
				null, 1, null, now, now, null);
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
	 * New content saved by a member, based on the version they started from.
	 */
	public Practice revisedBy(String memberId, PracticeContent revised, long basedOnVersion, Instant now) {
		Set<String> all = new LinkedHashSet<>(this.contributors);
		all.add(memberId);
		return new Practice(this.id, this.slug, revised, this.status, this.authorId, all, this.reviewComment,
				this.submittedAt, this.publishedAt, this.publishedBy, this.revision + 1, this.importStamp, now, now,
				basedOnVersion);
	}

	public Practice submitted(Instant now) {
		return new Practice(this.id, this.slug, this.content, PracticeStatus.SUBMITTED, this.authorId,
				this.contributors, this.reviewComment, now, this.publishedAt, this.publishedBy, this.revision,
				this.importStamp, now, now, this.version);
	}

	public Practice publishedBy(String editorId, Instant now) {
		Instant first = (this.publishedAt != null) ? this.publishedAt : now;
		return new Practice(this.id, this.slug, this.content, PracticeStatus.PUBLISHED, this.authorId,
				this.contributors, null, this.submittedAt, first, editorId, this.revision, this.importStamp, now, now,
				this.version);
	}

	public Practice returnedToDraft(String comment, Instant now) {
		return new Practice(this.id, this.slug, this.content, PracticeStatus.DRAFT, this.authorId, this.contributors,
				comment, null, this.publishedAt, this.publishedBy, this.revision, this.importStamp, now, now,
				this.version);
	}

	Practice withIdentityOf(Practice existing) {
		return new Practice(existing.id, this.slug, this.content, this.status, existing.authorId, existing.contributors,
				existing.reviewComment, existing.submittedAt, this.publishedAt, existing.publishedBy,
				existing.revision + 1, this.importStamp, existing.editedAt, this.updatedAt, existing.version);
	}

}
