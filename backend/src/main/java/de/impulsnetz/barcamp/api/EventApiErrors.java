package de.impulsnetz.barcamp.api;

import de.impulsnetz.barcamp.EventDenied;
import de.impulsnetz.barcamp.proposal.ProposalNotFound;
import de.impulsnetz.barcamp.proposal.VoteRefused;
import de.impulsnetz.shared.web.ApiProblems;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The events API's refusals as German problem details; what is not the events' own
 * (invalid fields, unreadable bodies, failures) {@link ApiProblems} answers for every
 * API.
 */
@RestControllerAdvice(assignableTypes = EventApi.class)
class EventApiErrors {

	private final ApiProblems problems;

	EventApiErrors(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler
	ProblemDetail denied(EventDenied denied) {
		return this.problems.problem(HttpStatus.FORBIDDEN, "api.problem.forbidden", denied.messageKey());
	}

	@ExceptionHandler
	ProblemDetail noEvent(EventApi.EventNotFound missing) {
		return this.problems.problem(HttpStatus.NOT_FOUND, "api.problem.notFound", "api.problem.notFound.event");
	}

	@ExceptionHandler
	ProblemDetail noProposal(ProposalNotFound missing) {
		return this.problems.problem(HttpStatus.NOT_FOUND, "api.problem.notFound", "api.problem.notFound.proposal");
	}

	@ExceptionHandler
	ProblemDetail voteRefused(VoteRefused refused) {
		return this.problems.problem(HttpStatus.CONFLICT, "api.problem.conflict", refused.messageKey());
	}

	@ExceptionHandler
	ProblemDetail stale(OptimisticLockingFailureException stale) {
		return this.problems.problem(HttpStatus.CONFLICT, "api.problem.conflict", "api.problem.conflict.version");
	}

}
