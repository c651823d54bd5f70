package de.impulsnetz.practice;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

public interface PracticeRevisionRepository extends ReactiveMongoRepository<PracticeRevision, String> {

	Flux<PracticeRevision> findByPracticeIdOrderByNumberDesc(String practiceId);

	Mono<PracticeRevision> findByPracticeIdAndNumber(String practiceId, int number);

	/**
	 * The newest saved revision, also of a change that was withdrawn since: the next save
	 * takes the number after it.
	 */
	Mono<PracticeRevision> findFirstByPracticeIdOrderByNumberDesc(String practiceId);

	Mono<Void> deleteByPracticeId(String practiceId);

}
