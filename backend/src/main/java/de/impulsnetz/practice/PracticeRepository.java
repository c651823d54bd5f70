package de.impulsnetz.practice;

import java.time.Instant;
import java.util.Collection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

public interface PracticeRepository extends ReactiveMongoRepository<Practice, String> {

	Mono<Practice> findBySlug(String slug);

	Flux<Practice> findBySlugIn(Collection<String> slugs);

	Flux<Practice> findByStatus(PracticeStatus status, Sort sort);

	Flux<Practice> findByStatus(PracticeStatus status, Pageable page);

	Flux<Practice> findByUpdatedAtAfter(Instant since);

	Flux<Practice> findByStatusIn(Collection<PracticeStatus> statuses);

	Flux<Practice> findByPendingIsNotNull();

	Mono<Long> countByStatus(PracticeStatus status);

	Mono<Long> countByAuthorIdAndStatus(String authorId, PracticeStatus status);

	Flux<Practice> findByStatusAndContentMunicipalities(PracticeStatus status, String municipality, Sort sort);

}
