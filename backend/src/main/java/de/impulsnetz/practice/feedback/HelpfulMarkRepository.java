package de.impulsnetz.practice.feedback;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

interface HelpfulMarkRepository extends ReactiveMongoRepository<HelpfulMark, String> {

	Flux<HelpfulMark> findByPracticeId(String practiceId);

	Mono<Void> deleteByPracticeIdAndMemberId(String practiceId, String memberId);

	Flux<HelpfulMark> findByMemberId(String memberId);

	Mono<Void> deleteByMemberId(String memberId);

}
