package de.impulsnetz.talk;

import de.impulsnetz.identity.Member;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The one place that decides who reads and who edits a talk: every page, API and media
 * address of a talk and its sub-domains (recordings, captions, slides) asks here. The
 * rules themselves are {@link TalkRights}.
 */
@Service
public class TalkAccess {

	private final TalkLibrary library;

	TalkAccess(TalkLibrary library) {
		this.library = library;
	}

	/**
	 * The talk for this reader; {@link TalkNotFound} when there is none,
	 * {@link TalkLoginRequired} when it is for members only and the reader is anonymous.
	 */
	public Mono<Talk> forReading(String series, String slug, @Nullable Member reader) {
		return withSeries(series, slug).map((found) -> {
			if (!TalkRights.of(reader, found.series(), found.talk()).read()) {
				throw new TalkLoginRequired(found.talk().key());
			}
			return found.talk();
		});
	}

	/**
	 * The talk whose recording (media, captions, chapters, slides) this reader may play:
	 * organisers of the series always (to check it before publishing), everyone else only
	 * once the talk is published, every speaker agreed and it is visible to them;
	 * {@link TalkNotFound} otherwise, so that nothing tells a reader that a recording
	 * exists ({@link TalkLoginRequired} for an anonymous reader of a members-only talk).
	 */
	public Mono<Talk> forListening(String series, String slug, @Nullable Member reader) {
		return withSeries(series, slug).map((found) -> {
			TalkRights rights = TalkRights.of(reader, found.series(), found.talk());
			if (!rights.read()) {
				throw new TalkLoginRequired(found.talk().key());
			}
			if (!rights.listen()) {
				throw new TalkNotFound(found.talk().key());
			}
			return found.talk();
		});
	}

	/**
	 * The talk for an organiser of its series; {@link TalkNotFound} or {@link TalkDenied}
	 * otherwise.
	 */
	public Mono<Talk> forEditing(String series, String slug, Member member) {
		return seriesForEditing(series, member).flatMap((found) -> this.library.talk(series, slug))
			.switchIfEmpty(Mono.error(() -> new TalkNotFound(series + "/" + slug)));
	}

	/**
	 * The series for one of its organisers; {@link TalkNotFound} or {@link TalkDenied}
	 * otherwise.
	 */
	public Mono<TalkSeries> seriesForEditing(String series, Member member) {
		return this.library.series(series).switchIfEmpty(Mono.error(() -> new TalkNotFound(series))).map((found) -> {
			if (!mayOrganise(member, found)) {
				throw new TalkDenied("talk.denied.notOrganiser");
			}
			return found;
		});
	}

	/**
	 * What this reader may do with the talk, for the buttons of a page.
	 */
	public Mono<TalkRights> rights(String series, String slug, @Nullable Member reader) {
		return withSeries(series, slug).map((found) -> TalkRights.of(reader, found.series(), found.talk()));
	}

	/**
	 * Whether the member organises this series.
	 */
	public static boolean mayOrganise(Member member, TalkSeries series) {
		return TalkRights.mayOrganise(member, series);
	}

	private Mono<SeriesAndTalk> withSeries(String series, String slug) {
		return this.library.series(series)
			.zipWith(this.library.talk(series, slug), SeriesAndTalk::new)
			.switchIfEmpty(Mono.error(() -> new TalkNotFound(series + "/" + slug)));
	}

	private record SeriesAndTalk(TalkSeries series, Talk talk) {

	}

	/**
	 * Those of the talks this reader may see, in their order; for lists and feeds (an
	 * anonymous reader, {@code null}, for the public feeds).
	 */
	public Flux<Talk> readable(Flux<Talk> talks, @Nullable Member reader) {
		return talks.concatMap((talk) -> forReading(talk.series(), talk.slug(), reader)
			.onErrorResume(TalkDenied.class, (denied) -> Mono.empty())
			.onErrorResume(TalkLoginRequired.class, (anonymous) -> Mono.empty())
			.onErrorResume(TalkNotFound.class, (notFound) -> Mono.empty()));
	}

	/**
	 * Those of the talks anyone may see, without a login: for public pages and feeds.
	 */
	public Flux<Talk> readableByAnyone(Flux<Talk> talks) {
		return readable(talks, null);
	}

}
