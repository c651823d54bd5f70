package de.impulsnetz.talk.summary;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

interface SummaryRevisionRepository extends ReactiveMongoRepository<SummaryRevision, String> {

	Flux<SummaryRevision> findByTalkIdOrderByNumberDesc(String talkId);

	Mono<SummaryRevision> findByTalkIdAndNumber(String talkId, int number);

}
