package de.impulsnetz.talk.summary;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

interface SummaryRepository extends ReactiveMongoRepository<Summary, String> {

}
