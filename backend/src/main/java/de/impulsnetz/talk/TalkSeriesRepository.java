package de.impulsnetz.talk;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

public interface TalkSeriesRepository extends ReactiveMongoRepository<TalkSeries, String> {

	Mono<TalkSeries> findBySlug(String slug);

	Flux<TalkSeries> findByOrganiser(String organiser);

	/**
	 * The series the municipality organises or co-organises.
	 */
	Flux<TalkSeries> findByOrganiserOrCoOrganisers(String organiser, String coOrganiser);

}
