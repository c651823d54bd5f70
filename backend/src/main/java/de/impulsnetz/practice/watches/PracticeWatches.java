package de.impulsnetz.practice.watches;

import de.impulsnetz.practice.Practice;
import de.impulsnetz.practice.PracticeDenied;
import de.impulsnetz.practice.PracticeLimitReached;
import de.impulsnetz.practice.PracticeNotFound;
import de.impulsnetz.practice.PracticePublished;
import de.impulsnetz.practice.PracticeRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.impulsnetz.identity.Member;
import de.impulsnetz.mail.Mail;
import de.impulsnetz.mail.Outbox;
import de.impulsnetz.practice.comments.QuestionAnswered;
import de.impulsnetz.shared.PublicUrl;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Watching a case, a topic or a channel, and the emails that follow: a new case on a
 * watched topic or channel when it is published, an answer to a question under a watched
 * case. Every mail names why it came and carries an unsubscribe link (also as
 * {@code List-Unsubscribe}). Without a configured mail server nothing is sent and the log
 * says so. A member watches at most {@code impulsnetz.limits.watches.per-member} things,
 * counted in MongoDB so that the limit holds across app instances; a topic or channel is
 * at most {@value #MAX_TARGET} characters long.
 */
@Service
public class PracticeWatches {

	/** Longer than any topic or channel name. */
	static final int MAX_TARGET = 100;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final int perMember;

	private final WatchRepository watches;

	private final PracticeRepository practices;

	private final Outbox outbox;

	private final MessageSource messages;

	private final Clock clock;

	private final String baseUrl;

	PracticeWatches(WatchRepository watches, PracticeRepository practices, Outbox outbox, MessageSource messages,
			Clock clock, PublicUrl baseUrl, @Value("${impulsnetz.limits.watches.per-member}") int perMember) {
		this.perMember = perMember;
		this.watches = watches;
		this.practices = practices;
		this.outbox = outbox;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl.base();
	}

	/**
	 * Starts watching; watching twice changes nothing. Needs the member's email address;
	 * a case must be published.
	 */
	public Mono<Watch> watch(Member member, Watch.Kind kind, String target) {
		if (member.email() == null) {
			return Mono.error(new PracticeDenied("practice.denied.noEmail"));
		}
		if (target.length() > MAX_TARGET) {
			return Mono.error(new PracticeNotFound(target));
		}
		Mono<String> watchable = (kind != Watch.Kind.CASE) ? Mono.just(target)
				: this.practices.findBySlug(target)
					.filter(Practice::isPublished)
					.map(Practice::slug)
					.switchIfEmpty(Mono.error(new PracticeNotFound(target)));
		return this.watches.findByMemberIdAndKindAndTarget(member.id(), kind, target)
			.switchIfEmpty(watchable.flatMap((checked) -> belowLimit(member).then(this.watches
				.insert(new Watch(null, member.id(), member.email(), kind, checked, token(), this.clock.instant())))))
			.onErrorResume(DuplicateKeyException.class,
					(already) -> this.watches.findByMemberIdAndKindAndTarget(member.id(), kind, target));
	}

	private Mono<Void> belowLimit(Member member) {
		return this.watches.countByMemberId(member.id())
			.filter((count) -> count >= this.perMember)
			.flatMap((full) -> Mono.error(new PracticeLimitReached("practice.limit.watches")));
	}

	public Mono<Boolean> isWatching(Member member, Watch.Kind kind, String target) {
		return this.watches.findByMemberIdAndKindAndTarget(member.id(), kind, target).hasElement();
	}

	public Mono<Void> unwatch(Member member, Watch.Kind kind, String target) {
		return this.watches.findByMemberIdAndKindAndTarget(member.id(), kind, target).flatMap(this.watches::delete);
	}

	public Mono<Watch> byToken(String token) {
		return this.watches.findByToken(token);
	}

	/**
	 * Ends a watch from the link in a mail; no login needed, the token is the proof.
	 */
	public Mono<Watch> unsubscribe(String token) {
		return this.watches.findByToken(token).flatMap((watch) -> this.watches.delete(watch).thenReturn(watch));
	}

	@EventListener
	Mono<Void> onPublished(PracticePublished published) {
		return notifyAbout(this.practices.findBySlug(published.slug()).flatMapMany((practice) -> {
			List<String> channels = practice.content().channels().stream().map(Enum::name).toList();
			return Flux
				.concat(this.watches.findByKindAndTargetIn(Watch.Kind.TOPIC, practice.content().topics()),
						this.watches.findByKindAndTargetIn(Watch.Kind.CHANNEL, channels))
				.collect(Collectors.toMap(Watch::memberId, Function.identity(), (first, second) -> first))
				.flatMapIterable(Map::values)
				.map((watch) -> mail(watch, "published", practice));
		}));
	}

	@EventListener
	Mono<Void> onAnswered(QuestionAnswered answered) {
		return notifyAbout(this.practices.findBySlug(answered.slug())
			.flatMapMany((practice) -> this.watches.findByKindAndTargetIn(Watch.Kind.CASE, List.of(practice.slug()))
				.map((watch) -> mail(watch, "answered", practice))));
	}

	private Mono<Void> notifyAbout(Flux<Mail> mails) {
		return this.outbox.enqueue(mails);
	}

	private Mail mail(Watch watch, String event, Practice practice) {
		Locale german = Locale.GERMAN;
		String url = this.baseUrl + "/praxis/" + practice.slug();
		String unsubscribe = this.baseUrl + "/benachrichtigungen/" + watch.token();
		String why = this.messages.getMessage("watch.reason." + watch.kind(), new Object[] { watch.target() }, german);
		String subject = this.messages.getMessage("watch.mail." + event + ".subject", new Object[] { practice.title() },
				german);
		List<String> lines = new ArrayList<>();
		lines.add(this.messages.getMessage("watch.mail." + event + ".text", new Object[] { practice.title() }, german));
		lines.add("");
		lines.add(practice.teaser());
		lines.add("");
		lines.add(url);
		lines.add("");
		lines.add("-- ");
		lines.add(why);
		lines.add(this.messages.getMessage("watch.mail.unsubscribe", new Object[] { unsubscribe }, german));
		return new Mail(watch.email(), subject, String.join("\n", lines), unsubscribe);
	}

	private static String token() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
