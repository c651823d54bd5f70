package de.impulsnetz.talk;

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

}
