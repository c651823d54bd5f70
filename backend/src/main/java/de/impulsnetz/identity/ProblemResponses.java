package de.impulsnetz.identity;

import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * 401 and 403 of the JSON API as RFC 9457 problem details, in German.
 */
@Component
class ProblemResponses {

	private final JsonMapper json = JsonMapper.builder().build();

	Mono<Void> unauthorized(ServerWebExchange exchange, AuthenticationException ex) {
		exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
		return write(exchange, HttpStatus.UNAUTHORIZED, "Anmeldung erforderlich",
				"Für diese Anfrage brauchen Sie ein gültiges Zugriffstoken des Impulsnetzes (Bearer-Token).");
	}

	Mono<Void> forbidden(ServerWebExchange exchange, AccessDeniedException ex) {
		return write(exchange, HttpStatus.FORBIDDEN, "Keine Berechtigung",
				"Ihre Rolle oder Kommune erlaubt diese Anfrage nicht.");
	}

	private Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String title, String detail) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", exchange.getRequest().getPath().value());
		byte[] body = this.json.writeValueAsBytes(problem);
		exchange.getResponse().setStatusCode(status);
		exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return exchange.getResponse().writeWith(Mono.just(exchange.getResponse().bufferFactory().wrap(body)));
	}

}
