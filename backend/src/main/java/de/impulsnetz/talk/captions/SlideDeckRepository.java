package de.impulsnetz.talk.captions;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

interface SlideDeckRepository extends ReactiveMongoRepository<SlideDeck, String> {

}
