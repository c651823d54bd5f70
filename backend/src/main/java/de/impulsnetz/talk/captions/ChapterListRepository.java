package de.impulsnetz.talk.captions;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

interface ChapterListRepository extends ReactiveMongoRepository<ChapterList, String> {

}
