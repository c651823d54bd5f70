package de.impulsnetz.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.core.codec.DecodingException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

/**
 * The one writer of the JSON API's RFC 9457 problem details: German, from the message
 * bundles, with the fields that are wrong where a request did not validate. Modules map
 * their own refusals with {@link #problem}; everything else that goes wrong on the API
 * (unreadable bodies, unknown addresses, missing tokens, failures) is mapped by
 * {@link #of} and written by {@link #write}.
 */
@Component
public class ApiProblems {

	private static final Locale GERMAN = Locale.GERMAN;

	private final MessageSource messages;

	private final ServerResponse.Context codecs;

	ApiProblems(MessageSource messages, ServerCodecConfigurer codecs) {
		this.messages = messages;
		this.codecs = new ServerResponse.Context() {

			@Override
			public List<HttpMessageWriter<?>> messageWriters() {
				return codecs.getWriters();
			}

			@Override
			public List<ViewResolver> viewResolvers() {
				return List.of();
			}

		};
	}

	public ProblemDetail problem(HttpStatusCode status, String titleKey, String detailKey, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(detailKey, arguments, GERMAN));
		problem.setTitle(this.messages.getMessage(titleKey, null, GERMAN));
		problem.setType(URI.create("about:blank"));
		return problem;
	}

	/**
	 * 400 naming each invalid field with its German message.
	 */
	private ProblemDetail invalid(WebExchangeBindException invalid) {
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
	private ProblemDetail unreadable() {
		return problem(HttpStatus.BAD_REQUEST, "api.problem.invalid", "api.problem.invalid.body");
	}

	/**
	 * The problem for a failure no module has mapped: the framework's refusals by their
	 * status, concurrent writes as a conflict to retry, anything else as a 500 without
	 * details.
	 */
	public ProblemDetail of(Throwable failure) {
		if (failure instanceof WebExchangeBindException invalid) {
			return invalid(invalid);
		}
		if (failure instanceof ServerWebInputException input) {
			boolean body = failure.getCause() instanceof DecodingException || (input.getMethodParameter() != null
					&& input.getMethodParameter().hasParameterAnnotation(RequestBody.class));
			return body ? unreadable()
					: problem(HttpStatus.BAD_REQUEST, "api.problem.invalid", "api.problem.invalid.parameter");
		}
		if (failure instanceof OptimisticLockingFailureException || failure instanceof DuplicateKeyException) {
			return problem(HttpStatus.CONFLICT, "api.problem.conflict", "api.problem.conflict.retry");
		}
		if (failure instanceof Refusal refusal) {
			ProblemDetail problem = forStatus(refusal.refusalStatus());
			problem.setDetail(this.messages.getMessage(refusal.messageKey(), refusal.messageArguments(), GERMAN));
			return problem;
		}
		if (failure instanceof ErrorResponse response) {
			return forStatus(response.getStatusCode());
		}
		return forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
	}

	private ProblemDetail forStatus(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> problem(status, "api.problem.invalid", "api.problem.invalid.parameter");
			case 401 -> problem(status, "api.problem.unauthorized", "api.problem.unauthorized.token");
			case 403 -> problem(status, "api.problem.forbidden", "api.problem.forbidden.role");
			case 404 -> problem(status, "api.problem.notFound", "api.problem.notFound.address");
			case 405 -> problem(status, "api.problem.method", "api.problem.method.detail");
			case 406 -> problem(status, "api.problem.notAcceptable", "api.problem.notAcceptable.detail");
			case 413 -> problem(status, "api.problem.tooLarge", "api.problem.tooLarge.detail");
			case 415 -> problem(status, "api.problem.mediaType", "api.problem.mediaType.detail");
			default -> status.is5xxServerError() ? problem(status, "api.problem.server", "api.problem.server.detail")
					: problem(status, "api.problem.other", "api.problem.other.detail", status.value());
		};
	}

	/**
	 * The problem as an {@code application/problem+json} response, for error handlers
	 * that answer outside a controller.
	 */
	public Mono<ServerResponse> response(ServerWebExchange exchange, ProblemDetail problem) {
		if (problem.getInstance() == null) {
			problem.setInstance(instance(exchange));
		}
		return ServerResponse.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyValue(problem);
	}

	/**
	 * Writes the problem as the answer to the exchange, for the security filters.
	 */
	public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
		return response(exchange, problem).flatMap((response) -> response.writeTo(exchange, this.codecs));
	}

	private static @Nullable URI instance(ServerWebExchange exchange) {
		try {
			return URI.create(exchange.getRequest().getPath().value());
		}
		catch (IllegalArgumentException notAUri) {
			return null;
		}
	}

}
