package de.impulsnetz.practice.authoring;

import de.impulsnetz.practice.PendingChange;
import de.impulsnetz.practice.Practice;
import de.impulsnetz.practice.PracticeChanged;
import de.impulsnetz.practice.PracticeContent;
import de.impulsnetz.practice.PracticeDenied;
import de.impulsnetz.practice.PracticeLimitReached;
import de.impulsnetz.practice.PracticeNotFound;
import de.impulsnetz.practice.PracticePublished;
import de.impulsnetz.practice.PracticeCatalog;
import de.impulsnetz.practice.PracticeRepository;
import de.impulsnetz.practice.PracticeRevision;
import de.impulsnetz.practice.PracticeRevisionRepository;
import de.impulsnetz.practice.PracticeRights;
import de.impulsnetz.practice.PracticeSearchSource;
import de.impulsnetz.practice.PracticeStatus;
import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;

import de.impulsnetz.identity.Member;
import de.impulsnetz.search.SearchableChanged;
import de.impulsnetz.shared.text.FreeSlugs;
import de.impulsnetz.shared.work.ReactiveEvents;
import de.impulsnetz.shared.text.Slugs;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Writing and reviewing Praxisbeispiele: drafts, saves that never overwrite someone
 * else's newer text, and the workflow Entwurf → Eingereicht → Veröffentlicht with the
 * four-eyes rule. Every content save is kept as a {@link PracticeRevision}. A change to a
 * published practice waits next to the published text ({@link PendingChange}) until an
 * editor who saved none of it publishes the very revision they reviewed.
 *
 * <p>
 * MongoDB here has no transactions. Each step is one optimistic-locked save of the
 * practice document; the revision is written after it. Should the app stop in between,
 * the practice holds the newer content and only that revision is missing from the
 * history.
 */
@Service
public class PracticeAuthoring {

	private final PracticeRepository practices;

	private final PracticeCatalog catalog;

	private final PracticeRevisionRepository revisions;

	private final FreeSlugs slugs;

	private final ReactiveEvents events;

	private final Clock clock;

	private final int draftsPerMember;

	PracticeAuthoring(PracticeRepository practices, PracticeCatalog catalog, PracticeRevisionRepository revisions,
			FreeSlugs slugs, ReactiveEvents events, Clock clock,
			@Value("${impulsnetz.limits.drafts.per-member}") int draftsPerMember) {
		this.catalog = catalog;
		this.draftsPerMember = draftsPerMember;
		this.practices = practices;
		this.revisions = revisions;
		this.slugs = slugs;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A practice the member may see, whatever its status; empty when it does not exist or
	 * is hidden from them.
	 */
	public Mono<Practice> find(String slug, @Nullable Member member) {
		return this.practices.findBySlug(slug).filter((practice) -> PracticeRights.of(member, practice).read());
	}

	/**
	 * {@link #find}, for pages that only show the case: a published case comes from
	 * memory ({@link PracticeCatalog#publishedAt}), so that reading costs no database
	 * round trip; what is being edited always comes from the database.
	 */
	public Mono<Practice> read(String slug, @Nullable Member member) {
		return this.catalog.publishedAt(slug)
			.switchIfEmpty(Mono.defer(() -> this.practices.findBySlug(slug)))
			.filter((practice) -> PracticeRights.of(member, practice).read());
	}

	/**
	 * Starts a draft for the member's municipality (and any co-authors). A member has at
	 * most {@code impulsnetz.limits.drafts.per-member} open drafts, counted in MongoDB so
	 * that the limit holds across app instances; beyond them
	 * {@link PracticeLimitReached}.
	 */
	public Mono<Practice> create(Member author, PracticeContent content) {
		if (!PracticeRights.mayWriteFor(author, content.municipalities())) {
			return Mono.error(new PracticeDenied("practice.denied.ownMunicipality"));
		}
		String base = Slugs.of(content.title());
		// "neu" and "in-arbeit" are addresses of pages under /praxis.
		return this.practices.countByAuthorIdAndStatus(author.id(), PracticeStatus.DRAFT)
			.filter((drafts) -> drafts >= this.draftsPerMember)
			.flatMap((full) -> Mono.<Practice>error(new PracticeLimitReached("practice.limit.drafts")))
			.then(this.slugs.insert(Practice.class,
					(base.isEmpty() || base.equals("neu") || base.equals("in-arbeit")) ? "praxisbeispiel" : base,
					(slug) -> this.practices.insert(Practice.draft(slug, content, author.id(), this.clock.instant()))))
			.flatMap((saved) -> record(saved, author).thenReturn(saved))
			.flatMap(this::changed);
	}

	/**
	 * Saves new content based on the version the member started from. A save based on an
	 * older version fails with {@link PracticeConflict}; the caller keeps the member's
	 * text.
	 */
	public Mono<Practice> update(String slug, Member member, PracticeContent content, long basedOnVersion) {
		return existing(slug).flatMap((practice) -> {
			PracticeRights rights = PracticeRights.of(member, practice);
			if (!rights.edit() || !PracticeRights.mayWriteFor(member, content.municipalities())) {
				return Mono.error(new PracticeDenied("practice.denied.edit"));
			}
			if (practice.version() != null && practice.version() != basedOnVersion) {
				return Mono.error(new PracticeConflict(practice));
			}
			return this.revisions.findFirstByPracticeIdOrderByNumberDesc(practice.id())
				.map(PracticeRevision::number)
				.defaultIfEmpty(0)
				.flatMap((highest) -> save(
						practice.revisedBy(member.id(), content, basedOnVersion, this.clock.instant(), highest)))
				.flatMap((saved) -> record(saved, member).thenReturn(saved));
		}).flatMap(this::changed);
	}

	/**
	 * The authors submit a draft for review, or a change to the published case that an
	 * editor sent back.
	 */
	public Mono<Practice> submit(String slug, Member member) {
		return step(slug, (practice) -> {
			PracticeRights rights = PracticeRights.of(member, practice);
			if (!rights.edit()) {
				throw new PracticeDenied("practice.denied.edit");
			}
			if (practice.hasReturnedChange()) {
				return practice.changeSubmittedAgain(this.clock.instant());
			}
			requireStatus(practice, PracticeStatus.DRAFT);
			return practice.submitted(this.clock.instant());
		});
	}

	/**
	 * An editor publishes what is in review (a submitted practice, or the pending change
	 * of a published one), unless they wrote any of its content. {@code reviewedRevision}
	 * is the revision the editor saw: if the authors saved again since, publishing is
	 * refused with {@link ChangedSinceReview}.
	 */
	public Mono<Practice> publish(String slug, Member editor, int reviewedRevision) {
		return existing(slug).map((practice) -> {
			PracticeRights rights = PracticeRights.of(editor, practice);
			if (!PracticeRights.isReviewer(editor)) {
				throw new PracticeDenied("practice.denied.review");
			}
			if (rights.ownPractice()) {
				throw new PracticeDenied("practice.denied.ownCase");
			}
			if (!practice.awaitsReview()) {
				throw new WrongStatus(practice.status());
			}
			if (practice.revisionInReview() != reviewedRevision) {
				throw new ChangedSinceReview(reviewedRevision, practice.revisionInReview());
			}
			return practice;
		}).flatMap((practice) -> {
			boolean first = !practice.isPublished();
			// The save is based on the version read here: a save of the authors
			// in between fails it, so the text published is the one checked above.
			return save(practice.publishedBy(editor.id(), this.clock.instant())).flatMap(this::changed)
				.flatMap((published) -> first
						? this.events.publish(new PracticePublished(published.slug())).thenReturn(published)
						: Mono.just(published));
		});
	}

	/**
	 * An editor sends a submitted practice back to Entwurf, or a change to a published
	 * one back to its authors, saying what should change. The authors see the reason; a
	 * change sent back stays theirs to work on, and readers keep the published text.
	 */
	public Mono<Practice> sendBack(String slug, Member editor, String comment) {
		return step(slug, (practice) -> {
			if (!PracticeRights.isReviewer(editor)) {
				throw new PracticeDenied("practice.denied.review");
			}
			if (practice.hasChangeInReview()) {
				return practice.changeSentBack(comment.strip(), this.clock.instant());
			}
			requireStatus(practice, PracticeStatus.SUBMITTED);
			return practice.returnedToDraft(comment.strip(), this.clock.instant());
		});
	}

	/**
	 * The authors withdraw the change to their published case, or an editor discards it.
	 * Readers keep the published text; the change's versions stay in the history.
	 */
	public Mono<Practice> discardChange(String slug, Member member) {
		return step(slug, (practice) -> {
			if (!PracticeRights.of(member, practice).edit()) {
				throw new PracticeDenied("practice.denied.edit");
			}
			if (!practice.hasPendingChange()) {
				throw new WrongStatus(practice.status());
			}
			return practice.withoutPendingChange(this.clock.instant());
		});
	}

	/**
	 * Versions, newest first.
	 */
	public Flux<PracticeRevision> revisions(Practice practice) {
		return this.revisions.findByPracticeIdOrderByNumberDesc(practice.id());
	}

	/**
	 * The versions the member may see, newest first: all for the authoring municipalities
	 * and editors, only published ones for everyone else.
	 */
	public Flux<PracticeRevision> revisions(Practice practice, @Nullable Member member) {
		return revisions(practice).filter((revision) -> visible(practice, revision.number(), member));
	}

	/**
	 * One version, if the member may see it.
	 */
	public Mono<PracticeRevision> revision(Practice practice, int number, @Nullable Member member) {
		if (!visible(practice, number, member)) {
			return Mono.empty();
		}
		return this.revisions.findByPracticeIdAndNumber(practice.id(), number);
	}

	private static boolean visible(Practice practice, int number, @Nullable Member member) {
		return PracticeRights.of(member, practice).insider() || practice.publishedRevisions().contains(number);
	}

	/**
	 * Drafts, submitted cases and published cases with a change in review that the member
	 * can work on: their municipality's, or all for editors.
	 */
	public Flux<Practice> workInProgress(Member member) {
		return Flux
			.concat(this.practices.findByStatusIn(List.of(PracticeStatus.DRAFT, PracticeStatus.SUBMITTED)),
					this.practices.findByPendingIsNotNull())
			.filter((practice) -> PracticeRights.of(member, practice).insider());
	}

	/**
	 * How many cases wait for an editor: submitted ones (a count query) and changes to
	 * published ones in review (few at any time; their rule lives in {@link Practice}).
	 */
	public Mono<Long> waitingForReview() {
		return Mono.zip(this.practices.countByStatus(PracticeStatus.SUBMITTED),
				this.practices.findByPendingIsNotNull().filter(Practice::hasChangeInReview).count(), Long::sum);
	}

	/**
	 * Every practice in every status, by address; for the admins' export.
	 */
	public Flux<Practice> everything() {
		return this.practices.findAll(Sort.by("slug"));
	}

	Mono<Void> record(Practice saved, Member member) {
		return this.revisions
			.insert(new PracticeRevision(null, saved.id(), saved.latestRevision(), saved.workingContent(),
					saved.updatedAt(), member.id(), member.name()))
			.then();
	}

	private Mono<Practice> step(String slug, UnaryOperator<Practice> change) {
		return existing(slug).map(change).flatMap(this::save).flatMap(this::changed);
	}

	private Mono<Practice> existing(String slug) {
		return this.practices.findBySlug(slug).switchIfEmpty(Mono.error(new PracticeNotFound(slug)));
	}

	private Mono<Practice> save(Practice practice) {
		return this.practices.save(practice)
			.onErrorResume(OptimisticLockingFailureException.class, (stale) -> existing(practice.slug())
				.flatMap((current) -> Mono.error(new PracticeConflict(current))));
	}

	private Mono<Practice> changed(Practice practice) {
		return this.events.publish(new PracticeChanged(practice.slug()))
			.then(this.events.publish(new SearchableChanged(PracticeSearchSource.KIND, practice.slug())))
			.thenReturn(practice);
	}

	private static void requireStatus(Practice practice, PracticeStatus expected) {
		if (practice.status() != expected) {
			throw new WrongStatus(practice.status());
		}
	}

}
