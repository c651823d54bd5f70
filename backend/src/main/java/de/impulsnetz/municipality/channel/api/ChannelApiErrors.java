package de.impulsnetz.municipality.channel.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.impulsnetz.municipality.channel.ChannelConflict;
import de.impulsnetz.municipality.channel.InvalidChannels;
import de.impulsnetz.shared.web.ApiProblems;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The channel API's refusals as German problem details: the version that is current now
 * for a late save, each field for channels not in order.
 */
@RestControllerAdvice(assignableTypes = ChannelApi.class)
class ChannelApiErrors {

	private final ApiProblems problems;

	private final MessageSource messages;

	ChannelApiErrors(ApiProblems problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail conflict(ChannelConflict conflict) {
		ProblemDetail problem = this.problems.problem(HttpStatus.CONFLICT, "api.problem.conflict",
				"channel.api.conflict");
		problem.setProperty("currentVersion", conflict.currentVersion());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidChannels invalid) {
		ProblemDetail problem = this.problems.problem(HttpStatus.BAD_REQUEST, "api.problem.invalid",
				"api.problem.invalid.fields");
		List<Map<String, String>> errors = invalid.problems()
			.stream()
			.map((found) -> Map.of("field",
					(found.index() < 0) ? "channels" : "channels[" + found.index() + "]." + found.field(), "message",
					this.messages.getMessage(found.messageKey(), null, Locale.GERMAN)))
			.toList();
		problem.setProperty("errors", errors);
		return problem;
	}

}
