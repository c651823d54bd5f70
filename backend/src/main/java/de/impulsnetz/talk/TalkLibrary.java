package de.impulsnetz.talk;

import java.time.Clock;

import de.impulsnetz.content.ContentImports;
import de.impulsnetz.content.ImportOutcome;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * The talk series and their talks, and the import of {@code content/impulse}.
 */
@Service
public class TalkLibrary {

	private static final Sort IN_ORDER = Sort.by("startsAt");

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "startsAt");

	private final TalkSeriesRepository series;

	private final TalkRepository talks;

	private final Clock clock;

	TalkLibrary(TalkSeriesRepository series, TalkRepository talks, Clock clock) {
		this.series = series;
		this.talks = talks;
		this.clock = clock;
	}

	public Flux<TalkSeries> allSeries() {
		return this.series.findAll(Sort.by("title"));
	}

	public Mono<TalkSeries> series(String slug) {
		return this.series.findBySlug(slug);
	}

	public Flux<Talk> talksOf(String series) {
		return this.talks.findBySeries(series, IN_ORDER);
	}

	public Mono<Talk> talk(String series, String slug) {
		return this.talks.findBySeriesAndSlug(series, slug);
	}

	/**
	 * The newest talks everyone may see, for the start page.
	 */
	public Flux<Talk> latestTalks(int count) {
		return this.talks.findByVisibilityNot(Visibility.MEMBERS, PageRequest.of(0, count, NEWEST_FIRST));
	}

	/**
	 * Announced talks of all series that have not begun yet, soonest first ("Demnächst").
	 * Visibility is not checked here: pass them through {@link TalkAccess#readable}.
	 */
	public Flux<Talk> upcomingTalks(int count) {
		return this.talks.findByStartsAtAfter(this.clock.instant(), PageRequest.of(0, count, IN_ORDER));
	}

	/**
	 * The announced talks of a series that have not begun yet, soonest first.
	 */
	public Flux<Talk> upcomingTalksOf(String series) {
		return this.talks.findBySeriesAndStartsAtAfter(series, this.clock.instant(), IN_ORDER);
	}

	/**
	 * The talks that name this event for their registration, in order. Visibility is not
	 * checked here: pass them through {@link TalkAccess#readable}.
	 */
	public Flux<Talk> talksAt(String event) {
		return this.talks.findByEvent(event, IN_ORDER);
	}

	public Mono<Talk> talkById(String id) {
		return this.talks.findById(id);
	}

	public Mono<ImportOutcome> importFromContent(TalkSeries candidate) {
		return ContentImports.upsert(this.series.findBySlug(candidate.slug()), candidate,
				(existing, imported) -> imported.withIdentityOf(existing), this.series::save);
	}

	public Mono<ImportOutcome> importFromContent(Talk candidate) {
		return ContentImports.upsert(this.talks.findBySeriesAndSlug(candidate.series(), candidate.slug()), candidate,
				(existing, imported) -> imported.withIdentityOf(existing), this.talks::save);
	}

}
