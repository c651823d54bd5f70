package de.impulsnetz.distribution;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import de.impulsnetz.distribution.DistributionLists.ListInfo;
import de.impulsnetz.distribution.DistributionLists.ListRights;
import de.impulsnetz.identity.Member;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import static de.impulsnetz.distribution.ListMessage.AT;
import static de.impulsnetz.distribution.ListMessage.AUTHOR_ID;
import static de.impulsnetz.distribution.ListMessage.HIDDEN_BY;
import static de.impulsnetz.distribution.ListMessage.LIST_KEY;
import static de.impulsnetz.distribution.ListMessage.REPLY_TO;
import static de.impulsnetz.distribution.ListMessage.REPORTED_BY;

/**
 * Writing to a list, reading its archive, reporting and moderating: every rule of the
 * Verteiler in one place, for pages and API alike. Who may read, write and moderate is
 * the list's answer ({@link DistributionLists}); a list a member may not read is refused,
 * one that does not exist is not found. A person writes at most {@value #PER_HOUR}
 * messages and replies an hour, counted in MongoDB, so the limit holds across app
 * instances. A message is stored together with its mailing job in one write; the
 * {@link DistributionWorker} mails it.
 */
@Service
public class Distribution {

	public static final int PER_HOUR = 5;

	public static final int MAX_TITLE = 160;

	public static final int MAX_TEXT = 10_000;

	static final Duration WINDOW = Duration.ofHours(1);

	private final ListDirectory directory;

	private final ReactiveMongoTemplate mongo;

	private final DistributionWorker worker;

	private final Clock clock;

	Distribution(ListDirectory directory, ReactiveMongoTemplate mongo, DistributionWorker worker, Clock clock) {
		this.directory = directory;
		this.mongo = mongo;
		this.worker = worker;
		this.clock = clock;
	}

	/**
	 * The list and what the member may do on it; refused when she may not read it (401
	 * for an anonymous reader, 403 for others), not found when no list has the key.
	 */
	public Mono<Board> board(String key, @Nullable Member member) {
		return readable(key, member);
	}

	/**
	 * The lists the member may read (none for anonymous readers).
	 */
	public Flux<ListInfo> lists(@Nullable Member member) {
		return this.directory.readableBy(member);
	}

	/**
	 * A page of the archive: messages of their own, the newest first, each with its
	 * number of replies; hidden ones only for moderators.
	 */
	public Mono<Archive> archive(String key, @Nullable Member member, int page, int size) {
		return board(key, member).flatMap((board) -> {
			Criteria own = visible(board.rights()).and(LIST_KEY).is(key).and(REPLY_TO).is(null);
			Query query = Query.query(own)
				.with(Sort.by(Sort.Direction.DESC, AT))
				.skip((long) Math.max(0, page - 1) * size)
				.limit(size);
			return this.mongo.count(Query.query(own), ListMessage.class)
				.zipWith(this.mongo.find(query, ListMessage.class).collectList())
				.flatMap((found) -> replyCounts(board.rights(), found.getT2()).map((replies) -> new Archive(board,
						found.getT2()
							.stream()
							.map((message) -> new Entry(message, replies.getOrDefault(message.id(), 0L)))
							.toList(),
						found.getT1())));
		});
	}

	private Mono<Map<String, Long>> replyCounts(ListRights rights, List<ListMessage> messages) {
		List<String> ids = messages.stream().map(ListMessage::id).toList();
		return this.mongo.find(Query.query(visible(rights).and(REPLY_TO).in(ids)), ListMessage.class)
			.collect(Collectors.groupingBy(ListMessage::replyTo, Collectors.counting()));
	}

	/**
	 * A message of its own with its replies, the oldest reply first.
	 */
	public Mono<Thread> thread(String key, @Nullable Member member, String id) {
		return board(key, member).flatMap((board) -> message(board, id).filter((found) -> !found.isReply())
			.switchIfEmpty(Mono.error(DistributionRefused::notFound))
			.flatMap((message) -> this.mongo
				.find(Query.query(visible(board.rights()).and(REPLY_TO).is(message.id())).with(Sort.by(AT)),
						ListMessage.class)
				.collectList()
				.map((replies) -> new Thread(board, message, replies))));
	}

	/**
	 * Writes a message to the list, or with {@code replyTo} a reply to one of its
	 * messages; people of the list only, at most {@value #PER_HOUR} an hour. The message
	 * is stored with its mailing job before this completes.
	 */
	public Mono<ListMessage> post(String key, Member member, @Nullable String title, String text,
			@Nullable String replyTo) {
		String body = (text != null) ? text.strip() : "";
		String heading = (title != null && !title.isBlank()) ? title.strip() : null;
		if (body.isEmpty()) {
			return Mono.error(DistributionRefused.invalid("distribution.refused.empty"));
		}
		if (body.length() > MAX_TEXT || (heading != null && heading.length() > MAX_TITLE)) {
			return Mono.error(DistributionRefused.invalid("distribution.refused.tooLong"));
		}
		if (heading != null && heading.lines().count() > 1) {
			return Mono.error(DistributionRefused.invalid("distribution.refused.titleLines"));
		}
		return board(key, member).flatMap((board) -> {
			if (!board.rights().post()) {
				return Mono.error(DistributionRefused.denied("distribution.refused.post"));
			}
			Mono<String> parent = (replyTo == null || replyTo.isBlank()) ? Mono.just("")
					: message(board, replyTo).filter((message) -> !message.isReply())
						.map(ListMessage::id)
						.switchIfEmpty(Mono.error(() -> DistributionRefused.invalid("distribution.refused.reply")));
			return belowLimit(member).then(parent)
				.flatMap((answered) -> this.mongo.insert(ListMessage.written(key, answered.isEmpty() ? null : answered,
						member.id(), member.name(), answered.isEmpty() ? heading : null, body, this.clock.instant())))
				.doOnNext((stored) -> this.worker.wakeUp());
		});
	}

	private Mono<Void> belowLimit(Member member) {
		Query recent = Query
			.query(Criteria.where(AUTHOR_ID).is(member.id()).and(AT).gt(this.clock.instant().minus(WINDOW)));
		return this.mongo.count(recent, ListMessage.class)
			.flatMap((count) -> (count >= PER_HOUR) ? Mono.error(DistributionRefused.limitReached()) : Mono.empty());
	}

	/**
	 * A person of the list tells the moderators that a message is not right; once per
	 * person.
	 */
	public Mono<ListMessage> report(String key, Member member, String id) {
		return board(key, member).flatMap((board) -> {
			if (!board.rights().post()) {
				return Mono.error(DistributionRefused.denied("distribution.refused.post"));
			}
			return message(board, id)
				.flatMap((message) -> change(message, new Update().addToSet(REPORTED_BY, member.id())));
		});
	}

	/**
	 * A moderator hides a message from the people of the list (and from digests not yet
	 * sent), or shows it again.
	 */
	public Mono<ListMessage> hide(String key, Member member, String id, boolean hidden) {
		return board(key, member).flatMap((board) -> {
			if (!board.rights().moderate()) {
				return Mono.error(DistributionRefused.denied("distribution.refused.moderate"));
			}
			Update update = hidden ? new Update().set(HIDDEN_BY, member.id()) : new Update().unset(HIDDEN_BY);
			return message(board, id).flatMap((message) -> change(message, update));
		});
	}

	private Mono<ListMessage> change(ListMessage message, Update update) {
		return this.mongo.findAndModify(Query.query(Criteria.where("_id").is(message.id())), update,
				FindAndModifyOptions.options().returnNew(true), ListMessage.class);
	}

	/**
	 * A message of the list the member may see; not found otherwise.
	 */
	private Mono<ListMessage> message(Board board, String id) {
		return this.mongo
			.findOne(Query.query(visible(board.rights()).and("_id").is(id).and(LIST_KEY).is(board.list().key())),
					ListMessage.class)
			.switchIfEmpty(Mono.error(DistributionRefused::notFound));
	}

	private static Criteria visible(ListRights rights) {
		return rights.moderate() ? new Criteria() : Criteria.where(HIDDEN_BY).is(null);
	}

	private Mono<Board> readable(String key, @Nullable Member member) {
		return this.directory.find(key)
			.switchIfEmpty(Mono.error(DistributionRefused::notFound))
			.flatMap((list) -> list.rights(member).flatMap((rights) -> {
				if (rights.read()) {
					return Mono.just(new Board(list.info(), rights));
				}
				return Mono.error((member != null) ? DistributionRefused.denied("distribution.refused.read")
						: new ResponseStatusException(HttpStatus.UNAUTHORIZED));
			}));
	}

	/**
	 * A list and what the member may do on it.
	 */
	public record Board(ListInfo list, ListRights rights) {

	}

	/**
	 * One page of a list's archive.
	 *
	 * @param total how many messages of their own the member may see in all
	 */
	public record Archive(Board board, List<Entry> entries, long total) {

	}

	/**
	 * A message of its own in the archive and how many replies it has.
	 */
	public record Entry(ListMessage message, long replies) {

	}

	/**
	 * A message of its own and its replies.
	 */
	public record Thread(Board board, ListMessage message, List<ListMessage> replies) {

	}

}
