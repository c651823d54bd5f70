package de.impulsnetz.site;

import java.util.List;
import java.util.Map;

import de.impulsnetz.identity.LoginHeader;
import de.impulsnetz.shared.web.ApiProblems;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webflux.autoconfigure.error.DefaultErrorWebExceptionHandler;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webflux.error.ErrorAttributes;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;

/**
 * What a request that failed gets: API clients (addresses under {@code /api/}, or a
 * request asking for JSON and not for HTML) a German problem detail; everyone else,
 * {@code curl} with {@code Accept: *}{@code /*} included, the German error page
 * ({@code templates/error/}). Boot's own handler answers JSON to any client that does not
 * name HTML, in English. The error page's header knows the logged-in member as every
 * other page's does ({@link LoginHeader}): she still sees her name and can log out.
 */
@Component
@Order(-1)
class ErrorResponses extends DefaultErrorWebExceptionHandler {

	private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

	private static final String HEADER = ErrorResponses.class.getName() + ".HEADER";

	private final ApiProblems problems;

	private final LoginHeader header;

	ErrorResponses(ErrorAttributes errorAttributes, WebProperties web, ObjectProvider<ViewResolver> viewResolvers,
			ServerCodecConfigurer codecs, ApplicationContext context, ApiProblems problems, LoginHeader header) {
		super(errorAttributes, web.getResources(), web.getError(), context);
		setViewResolvers(viewResolvers.orderedStream().toList());
		setMessageWriters(codecs.getWriters());
		setMessageReaders(codecs.getReaders());
		this.problems = problems;
		this.header = header;
	}

	@Override
	protected Mono<ServerResponse> renderErrorView(ServerRequest request) {
		return this.header.forErrorPage(request.exchange())
			.doOnNext((model) -> request.exchange().getAttributes().put(HEADER, model))
			.then(Mono.defer(() -> super.renderErrorView(request)));
	}

	@Override
	protected Map<String, Object> getErrorAttributes(ServerRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		Map<String, Object> header = request.exchange().getAttribute(HEADER);
		if (header != null) {
			attributes.putAll(header);
		}
		return attributes;
	}

	@Override
	protected RouterFunction<ServerResponse> getRoutingFunction(ErrorAttributes errorAttributes) {
		return RouterFunctions.route(ErrorResponses::isApiClient, this::problem)
			.andRoute((request) -> true, this::renderErrorView);
	}

	private Mono<ServerResponse> problem(ServerRequest request) {
		return this.problems.response(request.exchange(), this.problems.of(getError(request)));
	}

	static boolean isApiClient(ServerRequest request) {
		String path = request.requestPath().pathWithinApplication().value();
		if (path.equals("/api") || path.startsWith("/api/")) {
			return true;
		}
		try {
			List<MediaType> accepted = request.headers().accept();
			return accepted.stream().anyMatch((type) -> named(type, JSON))
					&& accepted.stream().noneMatch((type) -> named(type, List.of(MediaType.TEXT_HTML)));
		}
		catch (InvalidMediaTypeException unreadable) {
			return false;
		}
	}

	private static boolean named(MediaType accepted, List<MediaType> types) {
		return !accepted.isWildcardType() && !accepted.isWildcardSubtype()
				&& types.stream().anyMatch(accepted::isCompatibleWith);
	}

}
