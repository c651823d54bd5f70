package de.impulsnetz.barcamp.proposal;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

public interface SessionProposalRepository extends ReactiveMongoRepository<SessionProposal, String> {

	Mono<SessionProposal> findByEventAndSlug(String event, String slug);

	Flux<SessionProposal> findByEventAndStatus(String event, ProposalStatus status, Sort sort);

}
