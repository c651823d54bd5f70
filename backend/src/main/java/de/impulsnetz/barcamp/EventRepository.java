package de.impulsnetz.barcamp;

import java.time.Instant;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

interface EventRepository extends ReactiveMongoRepository<Event, String> {

	Mono<Event> findBySlug(String slug);

	Flux<Event> findByEndsAtAfter(Instant now, Pageable page);

	Flux<Event> findByEndsAtBefore(Instant now, Sort sort);

	Flux<Event> findByOrganisers(String municipality, Sort sort);

}
