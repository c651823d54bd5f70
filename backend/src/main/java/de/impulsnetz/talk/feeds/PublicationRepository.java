package de.impulsnetz.talk.feeds;

import reactor.core.publisher.Flux;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

interface PublicationRepository extends ReactiveMongoRepository<Publication, String> {

	Flux<Publication> findBySeries(String series, Pageable page);

}
