package de.impulsnetz.municipality.channel;

import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

interface ChannelListRepository extends ReactiveMongoRepository<ChannelList, String> {

	Mono<ChannelList> findBySlug(String slug);

}
