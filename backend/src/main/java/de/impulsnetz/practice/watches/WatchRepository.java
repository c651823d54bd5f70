package de.impulsnetz.practice.watches;

import java.util.Collection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

interface WatchRepository extends ReactiveMongoRepository<Watch, String> {

	Flux<Watch> findByKindAndTargetIn(Watch.Kind kind, Collection<String> targets);

	Mono<Watch> findByToken(String token);

	Mono<Watch> findByMemberIdAndKindAndTarget(String memberId, Watch.Kind kind, String target);

	Flux<Watch> findByMemberId(String memberId);

	Mono<Long> countByMemberId(String memberId);

	Mono<Void> deleteByMemberId(String memberId);

}
