package de.impulsnetz.practice.comments;

import de.impulsnetz.practice.Practice;
import de.impulsnetz.practice.PracticeDenied;
import de.impulsnetz.practice.PracticeNotFound;
import de.impulsnetz.practice.PracticeRepository;
import de.impulsnetz.practice.PracticeRights;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import de.impulsnetz.identity.Member;
import de.impulsnetz.shared.work.MemoryCopies;
import de.impulsnetz.shared.work.ReactiveEvents;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Questions to the authors under each published case, and their answers. Members report a
 * comment to the editors; editors hide it. A member writes at most {@value #PER_WINDOW}
 * comments per {@link #WINDOW}: the limit is counted in MongoDB, so it holds across app
 * instances.
 */
@Service
public class PracticeComments {

	static final int PER_WINDOW = 5;

	static final Duration WINDOW = Duration.ofMinutes(10);

	static final int MAX_LENGTH = 4000;

	private final PracticeRepository practices;

	private final CommentRepository comments;

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	private final ReactiveEvents events;

	/**
	 * Every comment of a case in order, by case id, from memory.
	 */
	private final MemoryCopies.Keyed<String, List<Comment>> all;

	PracticeComments(PracticeRepository practices, CommentRepository comments, ReactiveMongoTemplate mongo, Clock clock,
			ReactiveEvents events, MemoryCopies copies) {
		this.events = events;
		this.all = copies.keyed((practice) -> comments.findByPracticeIdOrderByAtAsc(practice).collectList());
		this.practices = practices;
		this.comments = comments;
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * The comments of a case in order; hidden ones only for editors.
	 */
	public Flux<Comment> of(Practice practice, boolean includingHidden) {
		return this.all.get(practice.id())
			.flatMapIterable((comments) -> comments)
			.filter((comment) -> includingHidden || !comment.isHidden());
	}

	/**
	 * A question, or with {@code answerTo} an answer to one.
	 */
	public Mono<Comment> write(String slug, Member member, String text, @Nullable String answerTo) {
		String trimmed = text.strip();
		if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) {
			return Mono.error(new CommentInvalid());
		}
		return published(slug).flatMap(
				(practice) -> this.comments.countByMemberIdAndAtAfter(member.id(), this.clock.instant().minus(WINDOW))
					.flatMap((recent) -> {
						if (recent >= PER_WINDOW) {
							return Mono.error(new CommentLimitReached());
						}
						Mono<String> parent = (answerTo == null || answerTo.isBlank()) ? Mono.just("")
								: this.comments.findById(answerTo)
									.filter((question) -> question.practiceId().equals(practice.id())
											&& question.answerTo() == null)
									.map(Comment::id)
									.switchIfEmpty(Mono.error(new PracticeNotFound(slug)));
						boolean byAuthors = member.municipality() != null
								&& practice.content().municipalities().contains(member.municipality());
						return parent
							.flatMap((question) -> this.comments.insert(new Comment(null, practice.id(),
									question.isEmpty() ? null : question, member.id(), member.name(),
									member.municipality(), byAuthors, trimmed, this.clock.instant(), Set.of(), null)))
							.flatMap((saved) -> announceAnswer(slug, saved).thenReturn(saved));
					}));
	}

	private Mono<Void> announceAnswer(String slug, Comment saved) {
		return (saved.answerTo() != null) ? this.events.publish(new QuestionAnswered(slug, saved.answerTo()))
				: Mono.empty();
	}

	/**
	 * A member tells the editors that a comment is not right; once per member.
	 */
	public Mono<Comment> report(String commentId, Member member) {
		return this.mongo.findAndModify(Query.query(Criteria.where("_id").is(commentId)),
				new Update().addToSet("reportedBy", member.id()), FindAndModifyOptions.options().returnNew(true),
				Comment.class);
	}

	/**
	 * An editor hides a comment, or shows it again.
	 */
	public Mono<Comment> hide(String commentId, Member editor, boolean hidden) {
		if (!PracticeRights.isReviewer(editor)) {
			return Mono.error(new PracticeDenied("practice.denied.moderate"));
		}
		Update update = hidden ? new Update().set("hiddenBy", editor.id()) : new Update().unset("hiddenBy");
		return this.mongo.findAndModify(Query.query(Criteria.where("_id").is(commentId)), update,
				FindAndModifyOptions.options().returnNew(true), Comment.class);
	}

	private Mono<Practice> published(String slug) {
		return this.practices.findBySlug(slug)
			.filter(Practice::isPublished)
			.switchIfEmpty(Mono.error(new PracticeNotFound(slug)));
	}

}
