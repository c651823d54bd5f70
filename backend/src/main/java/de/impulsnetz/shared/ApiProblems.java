package de.impulsnetz.shared;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebExchangeBindException;

/**
 * RFC 9457 problem details of the JSON APIs, in German from the message bundles, with the
 * fields that are wrong where a request did not validate.
 */
@Component
public class ApiProblems {

	private static final Locale GERMAN = Locale.GERMAN;

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	public ProblemDetail problem(HttpStatus status, String titleKey, String detailKey) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(detailKey, null, GERMAN));
		problem.setTitle(this.messages.getMessage(titleKey, null, GERMAN));
		problem.setType(URI.create("about:blank"));
		return problem;
	}

	/**
	 * 400 naming each invalid field with its German message.
	 */
	public ProblemDetail invalid(WebExchangeBindException invalid) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "api.problem.invalid", "api.problem.invalid.fields");
		List<Map<String, String>> errors = invalid.getFieldErrors()
			.stream()
			.map((error) -> Map.of("field", error.getField(), "message", this.messages.getMessage(error, GERMAN)))
			.toList();
		problem.setProperty("errors", errors);
		return problem;
	}

	/**
	 * 400 for a body that is no JSON of the expected shape.
	 */
	public ProblemDetail unreadable() {
		return problem(HttpStatus.BAD_REQUEST, "api.problem.invalid", "api.problem.invalid.body");
	}

}
