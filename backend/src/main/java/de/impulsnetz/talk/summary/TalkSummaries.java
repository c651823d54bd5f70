package de.impulsnetz.talk.summary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import de.impulsnetz.identity.Member;
import de.impulsnetz.shared.text.Markdown;
import de.impulsnetz.shared.work.ReactiveEvents;
import de.impulsnetz.shared.text.WordDiff;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkAccess;
import de.impulsnetz.talk.TalkNotFound;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Writing, versioning and publishing the summaries of talks. Only the organisers of a
 * series ({@link TalkAccess#forEditing}) save, compare and publish. Every save is kept as
 * a {@link SummaryRevision}; a save based on an older version than the stored one fails
 * with {@link SummaryConflict}. The summary document is written first, its revision after
 * it: should the app stop in between, only that revision is missing from the list.
 */
@Service
public class TalkSummaries {

	/** Longer than any summary; the forms and the API refuse more. */
	public static final int MAX_LENGTH = 100_000;

	private final SummaryRepository summaries;

	private final SummaryRevisionRepository revisions;

	private final TalkAccess access;

	private final Markdown markdown;

	private final ReactiveEvents events;

	private final Clock clock;

	TalkSummaries(SummaryRepository summaries, SummaryRevisionRepository revisions, TalkAccess access,
			Markdown markdown, ReactiveEvents events, Clock clock) {
		this.summaries = summaries;
		this.revisions = revisions;
		this.access = access;
		this.markdown = markdown;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The summary of a talk for one of its organisers.
	 */
	public Mono<EditedSummary> editing(String series, String slug, Member member) {
		return this.access.forEditing(series, slug, member)
			.flatMap((talk) -> stored(talk).map((summary) -> EditedSummary.of(talk, summary.orElse(null))));
	}

	/**
	 * Saves a new version, based on the version the organiser last read (0 before the
	 * first save).
	 */
	public Mono<Summary> save(String series, String slug, Member member, String text, int basedOn) {
		return this.access.forEditing(series, slug, member).flatMap((talk) -> stored(talk).flatMap((existing) -> {
			int current = existing.map(Summary::revision).orElse(0);
			if (current != basedOn) {
				return conflict(talk);
			}
			Instant now = this.clock.instant();
			Summary next = existing.map((summary) -> summary.revised(text, now))
				.orElseGet(
						() -> new Summary(id(talk), talk.series(), talk.slug(), text, 1, null, null, null, now, null));
			return this.summaries.save(next)
				.onErrorResume(OptimisticLockingFailureException.class, (stale) -> conflict(talk))
				.onErrorResume(DuplicateKeyException.class, (first) -> conflict(talk))
				.flatMap((saved) -> this.revisions
					.insert(new SummaryRevision(null, saved.id(), saved.revision(), text, now, member.id(),
							member.name()))
					.thenReturn(saved));
		}));
	}

	/**
	 * Publishes the saved version the organiser saw; publishing it again changes nothing
	 * and tells nobody twice.
	 */
	public Mono<Summary> publish(String series, String slug, Member member, int version) {
		return this.access.forEditing(series, slug, member)
			.flatMap((talk) -> this.summaries.findById(id(talk))
				.switchIfEmpty(Mono.error(() -> new NoSummaryYet(talk.key())))
				.flatMap((summary) -> {
					if (summary.revision() != version) {
						return conflict(talk);
					}
					if (!summary.hasUnpublishedChanges()) {
						return Mono.just(summary);
					}
					return this.summaries.save(summary.published(this.clock.instant()))
						.onErrorResume(OptimisticLockingFailureException.class, (stale) -> conflict(talk))
						.flatMap((published) -> this.events
							.publish(new SummaryPublished(published.id(), talk.series(), talk.slug()))
							.thenReturn(published));
				}));
	}

	/**
	 * The saved versions of a talk's summary, newest first; ask {@link #editing} first.
	 */
	public Flux<SummaryRevision> revisions(Talk talk) {
		return this.revisions.findByTalkIdOrderByNumberDesc(id(talk));
	}

	/**
	 * Two saved versions compared word by word; {@link TalkNotFound} when either is
	 * missing.
	 */
	public Mono<Comparison> compare(Talk talk, int older, int newer) {
		return Mono
			.zip(revision(talk, older), revision(talk, newer),
					(from, to) -> new Comparison(from, to, WordDiff.between(from.markdown(), to.markdown())))
			.switchIfEmpty(Mono.error(() -> new TalkNotFound(talk.key() + " version " + older + "/" + newer)));
	}

	private Mono<SummaryRevision> revision(Talk talk, int number) {
		return this.revisions.findByTalkIdAndNumber(id(talk), number);
	}

	/**
	 * The published summary, if there is one; the caller has checked that the reader may
	 * see the talk.
	 */
	public Mono<Summary> published(Talk talk) {
		return this.summaries.findById(id(talk)).filter(Summary::isPublished);
	}

	/**
	 * What readers see as the talk's summary: the published one, else the summary from
	 * the content files; sanitised HTML.
	 */
	public Mono<String> publishedSummaryHtml(Talk talk) {
		return published(talk).map(Summary::publishedMarkdown)
			.defaultIfEmpty(talk.summary())
			.map(this.markdown::toHtml);
	}

	private Mono<Optional<Summary>> stored(Talk talk) {
		return this.summaries.findById(id(talk)).map(Optional::of).defaultIfEmpty(Optional.empty());
	}

	private <T> Mono<T> conflict(Talk talk) {
		return this.summaries.findById(id(talk))
			.flatMap((current) -> this.revisions.findByTalkIdAndNumber(current.id(), current.revision())
				.map(SummaryRevision::savedByName)
				.map(Optional::of)
				.defaultIfEmpty(Optional.empty())
				.map((name) -> new SummaryConflict(current.revision(), name.orElse(null))))
			.defaultIfEmpty(new SummaryConflict(0, null))
			.flatMap(Mono::error);
	}

	private static String id(Talk talk) {
		if (talk.id() == null) {
			throw new IllegalStateException("Talk " + talk.key() + " is not stored");
		}
		return talk.id();
	}

	/**
	 * Two versions and their differences.
	 */
	public record Comparison(SummaryRevision older, SummaryRevision newer, List<WordDiff.Line> lines) {

	}

}
