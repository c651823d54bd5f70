package de.impulsnetz.talk;

import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.Role;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The one place that decides who reads and who edits a talk: every page, API and media
 * address of a talk and its sub-domains (recordings, captions, slides) asks here.
 *
 * <ul>
 * <li>Organisers edit the series of their municipality (organising or co-organising);
 * admins edit every series.</li>
 * <li>Readers see talks by their visibility; members-only talks refuse anonymous
 * readers.</li>
 * </ul>
 */
@Service
public class TalkAccess {

	private final TalkLibrary library;

	TalkAccess(TalkLibrary library) {
		this.library = library;
	}

	/**
	 * The talk for this reader; {@link TalkNotFound} when there is none,
	 * {@link TalkDenied} when the reader may not see it.
	 */
	public Mono<Talk> forReading(String series, String slug, @Nullable Member reader) {
		return this.library.talk(series, slug).switchIfEmpty(Mono.error(() -> new TalkNotFound(series + "/" + slug)));
	}

	/**
	 * The talk whose recording (media, captions, chapters, slides) this reader may play:
	 * organisers of the series always (to check it before publishing), everyone else only
	 * once the talk is published, every speaker agreed and it is visible to them;
	 * {@link TalkNotFound} otherwise, so that nothing tells an anonymous reader that a
	 * recording exists.
	 */
	public Mono<Talk> forListening(String series, String slug, @Nullable Member reader) {
		return forReading(series, slug, reader);
	}

	/**
	 * The talk for an organiser of its series; {@link TalkNotFound} or {@link TalkDenied}
	 * otherwise.
	 */
	public Mono<Talk> forEditing(String series, String slug, Member member) {
		return this.library.series(series)
			.switchIfEmpty(Mono.error(() -> new TalkNotFound(series)))
			.flatMap((found) -> mayOrganise(member, found) ? this.library.talk(series, slug)
					: Mono.error(new TalkDenied("talk.denied.notOrganiser")))
			.switchIfEmpty(Mono.error(() -> new TalkNotFound(series + "/" + slug)));
	}

	/**
	 * Whether the member organises this series.
	 */
	public static boolean mayOrganise(Member member, TalkSeries series) {
		if (member.isAdmin()) {
			return true;
		}
		return member.has(Role.ORGANISER) && member.municipality() != null && member.belongsTo(series.organiser());
	}

	/**
	 * Those of the talks this reader may see, in their order; for lists and feeds (an
	 * anonymous reader, {@code null}, for the public feeds).
	 */
	public Flux<Talk> readable(Flux<Talk> talks, @Nullable Member reader) {
		return talks.concatMap((talk) -> forReading(talk.series(), talk.slug(), reader)
			.onErrorResume(TalkDenied.class, (denied) -> Mono.empty())
			.onErrorResume(TalkNotFound.class, (notFound) -> Mono.empty()));
	}

	/**
	 * Those of the talks anyone may see, without a login: for public pages and feeds.
	 */
	public Flux<Talk> readableByAnyone(Flux<Talk> talks) {
		return readable(talks, null);
	}

}
