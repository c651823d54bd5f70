package de.impulsnetz.municipality.channel;

import reactor.core.publisher.Flux;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

interface ChannelChangeRepository extends ReactiveMongoRepository<ChannelChange, String> {

	Flux<ChannelChange> findBySlugOrderByRevisionDesc(String slug);

	Flux<ChannelChange> findByBy(String by);

}
