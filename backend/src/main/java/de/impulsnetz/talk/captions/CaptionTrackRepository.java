package de.impulsnetz.talk.captions;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

interface CaptionTrackRepository extends ReactiveMongoRepository<CaptionTrack, String> {

	Mono<CaptionTrack> findByTalkAndLanguage(String talk, String language);

	Flux<CaptionTrack> findByTalk(String talk);

	Mono<Void> deleteByTalkAndLanguage(String talk, String language);

}
