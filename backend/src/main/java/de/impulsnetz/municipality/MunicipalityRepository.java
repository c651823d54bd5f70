package de.impulsnetz.municipality;

import java.util.Collection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

interface MunicipalityRepository extends ReactiveMongoRepository<Municipality, String> {

	Mono<Municipality> findBySlug(String slug);

	Flux<Municipality> findBySlugIn(Collection<String> slugs, Sort sort);

	Flux<Municipality> findByPartOf(String slug, Sort sort);

}
