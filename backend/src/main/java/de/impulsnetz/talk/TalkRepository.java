package de.impulsnetz.talk;

import java.time.Instant;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

public interface TalkRepository extends ReactiveMongoRepository<Talk, String> {

	Mono<Talk> findBySeriesAndSlug(String series, String slug);

	Flux<Talk> findBySeries(String series, Sort sort);

	Flux<Talk> findAllBy(Pageable page);

	Flux<Talk> findByVisibilityNot(Visibility visibility, Pageable page);

	Flux<Talk> findByStartsAtAfter(Instant after, Pageable page);

	Flux<Talk> findBySeriesAndStartsAtAfter(String series, Instant after, Sort sort);

	Flux<Talk> findByEvent(String event, Sort sort);

}
