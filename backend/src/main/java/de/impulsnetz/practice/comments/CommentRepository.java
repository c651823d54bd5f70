package de.impulsnetz.practice.comments;

import java.time.Instant;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

interface CommentRepository extends ReactiveMongoRepository<Comment, String> {

	Flux<Comment> findByPracticeIdOrderByAtAsc(String practiceId);

	Mono<Long> countByMemberIdAndAtAfter(String memberId, Instant since);

}
