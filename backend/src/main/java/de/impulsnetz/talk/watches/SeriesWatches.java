package de.impulsnetz.talk.watches;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import de.impulsnetz.identity.Member;
import de.impulsnetz.mail.Mail;
import de.impulsnetz.mail.Outbox;
import de.impulsnetz.shared.PublicUrl;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkDenied;
import de.impulsnetz.talk.TalkLibrary;
import de.impulsnetz.talk.TalkNotFound;
import de.impulsnetz.talk.publication.TalkPublished;
import de.impulsnetz.talk.TalkSeries;
import de.impulsnetz.talk.summary.SummaryPublished;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Watching a talk series, and the mails that follow when a summary or a recording of one
 * of its talks is published, through the outbox (nothing is lost if the app stops before
 * the mail server answers). Every mail names why it came and carries an unsubscribe link
 * (also as {@code List-Unsubscribe}). Watchers are members, so members-only talks are
 * mailed too; the link asks for the login.
 */
@Service
public class SeriesWatches {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SeriesWatchRepository watches;

	private final TalkLibrary library;

	private final Outbox outbox;

	private final MessageSource messages;

	private final Clock clock;

	private final String baseUrl;

	SeriesWatches(SeriesWatchRepository watches, TalkLibrary library, Outbox outbox, MessageSource messages,
			Clock clock, PublicUrl baseUrl) {
		this.watches = watches;
		this.library = library;
		this.outbox = outbox;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl.base();
	}

	/**
	 * Starts watching; watching twice changes nothing. Needs the member's email address.
	 */
	public Mono<SeriesWatch> watch(Member member, String series) {
		if (member.email() == null) {
			return Mono.error(new TalkDenied("talk.watch.noEmail"));
		}
		return this.watches.findByMemberIdAndSeries(member.id(), series)
			.switchIfEmpty(this.library.series(series)
				.switchIfEmpty(Mono.error(() -> new TalkNotFound(series)))
				.flatMap((found) -> this.watches.insert(new SeriesWatch(null, member.id(), member.email(), found.slug(),
						token(), this.clock.instant()))))
			.onErrorResume(DuplicateKeyException.class,
					(already) -> this.watches.findByMemberIdAndSeries(member.id(), series));
	}

	public Mono<Boolean> isWatching(Member member, String series) {
		return this.watches.findByMemberIdAndSeries(member.id(), series).hasElement();
	}

	public Mono<Void> unwatch(Member member, String series) {
		return this.watches.findByMemberIdAndSeries(member.id(), series).flatMap(this.watches::delete);
	}

	public Mono<SeriesWatch> byToken(String token) {
		return this.watches.findByToken(token);
	}

	/**
	 * Ends a watch from the link in a mail; no login needed, the token is the proof.
	 */
	public Mono<SeriesWatch> unsubscribe(String token) {
		return this.watches.findByToken(token).flatMap((watch) -> this.watches.delete(watch).thenReturn(watch));
	}

	@EventListener
	Mono<Void> onSummaryPublished(SummaryPublished published) {
		return notifyWatchers(published.talkId(), "summary");
	}

	@EventListener
	Mono<Void> onTalkPublished(TalkPublished published) {
		return notifyWatchers(published.talkId(), "recording");
	}

	private Mono<Void> notifyWatchers(String talkId, String what) {
		return this.library.talkById(talkId)
			.flatMap((talk) -> this.library.series(talk.series())
				.map((series) -> this.watches.findBySeries(series.slug())
					.map((watch) -> mail(watch, what, talk, series))))
			.flatMap(this.outbox::enqueue);
	}

	private Mail mail(SeriesWatch watch, String what, Talk talk, TalkSeries series) {
		String url = this.baseUrl + "/impulse/" + talk.key();
		String unsubscribe = this.baseUrl + "/benachrichtigungen/impulse/" + watch.token();
		String subject = message("talk.watch.mail." + what + ".subject", talk.title());
		List<String> lines = List.of(message("talk.watch.mail." + what + ".text", talk.title(), series.title()), "",
				url, "", "-- ", message("talk.watch.mail.reason", series.title()),
				message("talk.watch.mail.unsubscribe", unsubscribe));
		return new Mail(watch.email(), subject, String.join("\n", lines), unsubscribe);
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.GERMAN);
	}

	private static String token() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
