package de.impulsnetz.practice;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

public interface PracticeRevisionRepository extends ReactiveMongoRepository<PracticeRevision, String> {

	Flux<PracticeRevision> findByPracticeIdOrderByNumberDesc(String practiceId);

	Mono<PracticeRevision> findByPracticeIdAndNumber(String practiceId, int number);

	Mono<Void> deleteByPracticeId(String practiceId);

}
