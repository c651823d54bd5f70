package de.impulsnetz.talk.watches;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

interface SeriesWatchRepository extends ReactiveMongoRepository<SeriesWatch, String> {

	Flux<SeriesWatch> findBySeries(String series);

	Mono<SeriesWatch> findByToken(String token);

	Mono<SeriesWatch> findByMemberIdAndSeries(String memberId, String series);

	Flux<SeriesWatch> findByMemberId(String memberId);

	Mono<Void> deleteByMemberId(String memberId);

}
