package de.impulsnetz.practice.api;

import de.impulsnetz.practice.authoring.ChangedSinceReview;
import de.impulsnetz.practice.authoring.PracticeConflict;
import de.impulsnetz.practice.PracticeDenied;
import de.impulsnetz.practice.PracticeLimitReached;
import de.impulsnetz.practice.PracticeNotFound;
import de.impulsnetz.practice.authoring.WrongStatus;
import de.impulsnetz.shared.web.ApiProblems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The knowledge base's refusals as RFC 9457 problem details in German, with what a client
 * needs to recover, such as the version that is current now. What is not the knowledge
 * base's own (invalid fields, unreadable bodies, failures) {@link ApiProblems} answers
 * for every API.
 */
@RestControllerAdvice(assignableTypes = PracticeApi.class)
class PracticeApiErrors {

	private final ApiProblems problems;

	PracticeApiErrors(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler
	ProblemDetail denied(PracticeDenied denied) {
		return problem(HttpStatus.FORBIDDEN, "api.problem.forbidden", denied.reason());
	}

	@ExceptionHandler
	ProblemDetail limitReached(PracticeLimitReached reached) {
		return problem(HttpStatus.TOO_MANY_REQUESTS, "api.problem.limit", reached.reason());
	}

	@ExceptionHandler
	ProblemDetail notFound(PracticeNotFound notFound) {
		return problem(HttpStatus.NOT_FOUND, "api.problem.notFound", "api.problem.notFound.practice");
	}

	@ExceptionHandler
	ProblemDetail conflict(PracticeConflict conflict) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "api.problem.conflict", "api.problem.conflict.version");
		problem.setProperty("currentVersion", conflict.current().version());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail changedSinceReview(ChangedSinceReview changed) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "api.problem.conflict", "practice.publish.changed");
		problem.setProperty("currentRevision", changed.current());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail wrongStatus(WrongStatus wrong) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "api.problem.conflict", "api.problem.conflict.status");
		problem.setProperty("currentStatus", wrong.status());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail versionRequired(VersionRequired missing) {
		return problem(HttpStatus.BAD_REQUEST, "api.problem.invalid", "api.problem.invalid.version");
	}

	private ProblemDetail problem(HttpStatus status, String titleKey, String detailKey) {
		return this.problems.problem(status, titleKey, detailKey);
	}

}
