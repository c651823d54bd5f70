package de.impulsnetz.talk.summary.api;

import de.impulsnetz.shared.web.ApiProblems;
import de.impulsnetz.talk.summary.NoSummaryYet;
import de.impulsnetz.talk.summary.SummaryConflict;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The summary API's refusals as German problem details, with the version that is current
 * now where a client needs it to try again.
 */
@RestControllerAdvice(assignableTypes = SummaryApi.class)
class SummaryApiErrors {

	private final ApiProblems problems;

	SummaryApiErrors(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler
	ProblemDetail conflict(SummaryConflict conflict) {
		ProblemDetail problem = this.problems.problem(HttpStatus.CONFLICT, "api.problem.conflict",
				"talk.summary.api.conflict");
		problem.setProperty("currentVersion", conflict.currentVersion());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail nothingToPublish(NoSummaryYet none) {
		ProblemDetail problem = this.problems.problem(HttpStatus.CONFLICT, "api.problem.conflict",
				"talk.summary.nothingToPublish");
		problem.setProperty("currentVersion", 0);
		return problem;
	}

}
