package de.impulsnetz.practice.feedback;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

interface AdoptionRepository extends ReactiveMongoRepository<Adoption, String> {

	Flux<Adoption> findByPracticeIdOrderByAtAsc(String practiceId);

	Mono<Void> deleteByPracticeIdAndMunicipality(String practiceId, String municipality);

	Flux<Adoption> findByMemberId(String memberId);

}
