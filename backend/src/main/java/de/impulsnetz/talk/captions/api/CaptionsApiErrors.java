package de.impulsnetz.talk.captions.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.impulsnetz.shared.web.ApiProblems;
import de.impulsnetz.talk.captions.CaptionsInvalid;
import de.impulsnetz.talk.captions.ChaptersInvalid;
import de.impulsnetz.talk.captions.SlidesRejected;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Captions, chapters and slides that cannot be used, as German problem details that name
 * the line of the file or the entry of the list that is wrong.
 */
@RestControllerAdvice(assignableTypes = CaptionsApi.class)
class CaptionsApiErrors {

	/** Enough to fix a list; a list of thousands of wrong entries need not be echoed. */
	private static final int MAX_ERRORS = 50;

	private final ApiProblems problems;

	private final MessageSource messages;

	CaptionsApiErrors(ApiProblems problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail captionsInvalid(CaptionsInvalid invalid) {
		if (invalid.line() == 0) {
			return this.problems.problem(HttpStatus.BAD_REQUEST, "talk.captions.problem.captions", invalid.messageKey(),
					invalid.arguments().toArray());
		}
		ProblemDetail problem = this.problems.problem(HttpStatus.BAD_REQUEST, "talk.captions.problem.captions",
				"talk.captions.line", invalid.line(), new DefaultMessageSourceResolvable(
						new String[] { invalid.messageKey() }, invalid.arguments().toArray()));
		problem.setProperty("line", invalid.line());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail chaptersInvalid(ChaptersInvalid invalid) {
		ProblemDetail problem = this.problems.problem(HttpStatus.BAD_REQUEST, "talk.captions.problem.chapters",
				"api.problem.invalid.fields");
		List<Map<String, String>> errors = invalid.errors()
			.stream()
			.limit(MAX_ERRORS)
			.map((error) -> Map.of("field", "[" + error.position() + "]." + error.field(), "message",
					this.messages.getMessage(error.messageKey(), error.arguments().toArray(), Locale.GERMAN)))
			.toList();
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler
	ProblemDetail slidesRejected(SlidesRejected rejected) {
		HttpStatus status = (rejected.reason() == SlidesRejected.Reason.TOO_LARGE) ? HttpStatus.CONTENT_TOO_LARGE
				: HttpStatus.BAD_REQUEST;
		return this.problems.problem(status, "talk.captions.problem.slides", rejected.messageKey(),
				rejected.limitMegabytes());
	}

}
