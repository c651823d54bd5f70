package de.impulsnetz.identity.web;

import java.util.Map;

import de.impulsnetz.identity.session.BackChannelLogout;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * Keycloak's back-channel logout: a server-to-server call with a signed logout token,
 * which is all the proof it needs (no login, no CSRF token).
 */
@RestController
class BackChannelLogoutController {

	private final BackChannelLogout logout;

	BackChannelLogoutController(BackChannelLogout logout) {
		this.logout = logout;
	}

	@PostMapping(path = BackChannelLogout.PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<ResponseEntity<Map<String, String>>> logOut(ServerWebExchange exchange) {
		return exchange.getFormData()
			.mapNotNull((form) -> form.getFirst("logout_token"))
			.flatMap(this.logout::logOut)
			.map((ended) -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).<Map<String, String>>build())
			.onErrorResume(JwtException.class, (invalid) -> Mono.just(invalid(invalid.getMessage())))
			.defaultIfEmpty(invalid("No logout_token"));
	}

	private static ResponseEntity<Map<String, String>> invalid(String description) {
		return ResponseEntity.badRequest()
			.cacheControl(CacheControl.noStore())
			.body(Map.of("error", "invalid_request", "error_description", description));
	}

}
