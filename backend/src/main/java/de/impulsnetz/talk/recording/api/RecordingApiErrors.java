package de.impulsnetz.talk.recording.api;

import de.impulsnetz.shared.web.ApiProblems;
import de.impulsnetz.talk.recording.RecordingRefused;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The recording API's refusals as German problem details.
 */
@RestControllerAdvice(assignableTypes = RecordingApi.class)
class RecordingApiErrors {

	private final ApiProblems problems;

	RecordingApiErrors(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler
	ProblemDetail refused(RecordingRefused refused) {
		return switch (refused.reason()) {
			case TOO_LARGE -> this.problems.problem(HttpStatus.CONTENT_TOO_LARGE, "api.problem.tooLarge",
					refused.reason().messageKey());
			case UNSUPPORTED, EMPTY -> this.problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.problem.mediaType",
					refused.reason().messageKey());
		};
	}

	@ExceptionHandler
	ProblemDetail noRecording(NoRecording none) {
		return this.problems.problem(HttpStatus.NOT_FOUND, "api.problem.notFound", "talk.recording.api.none");
	}

}
