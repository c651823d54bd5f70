package de.impulsnetz.identity.web;

import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.identity.login.LoginAvailability;
import de.impulsnetz.identity.login.ReturnAfterLogin;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

/**
 * "Anmelden": hands over to Keycloak when it answers, and says so plainly when it does
 * not (the app keeps serving public pages; login works again once Keycloak is back).
 * {@code ?zurueck=} names the page to return to after the login ({@link ReturnAfterLogin}
 * decides whether it may).
 */
@Controller
class LoginController {

	private final CurrentMember currentMember;

	private final LoginAvailability availability;

	private final ReturnAfterLogin returnAfterLogin;

	LoginController(CurrentMember currentMember, LoginAvailability availability, ReturnAfterLogin returnAfterLogin) {
		this.currentMember = currentMember;
		this.availability = availability;
		this.returnAfterLogin = returnAfterLogin;
	}

	@GetMapping("/anmelden")
	Mono<Rendering> login(@RequestParam(name = "fehler", required = false) String failed,
			@RequestParam(name = ReturnAfterLogin.PARAMETER, required = false) String returnTo,
			ServerWebExchange exchange) {
		if (failed != null) {
			return Mono.just(Rendering.view("identity/login-problem")
				.modelAttribute("reason", "failed")
				.status(HttpStatus.UNAUTHORIZED)
				.build());
		}
		return this.currentMember.get()
			.map((member) -> Rendering.redirectTo(ReturnAfterLogin.safe(returnTo).orElse("/konto")).build())
			.switchIfEmpty(remember(exchange, returnTo).then(this.availability.isAvailable()
				.map((available) -> available ? Rendering.redirectTo("/oauth2/authorization/keycloak").build()
						: Rendering.view("identity/login-problem")
							.modelAttribute("reason", "unavailable")
							.status(HttpStatus.SERVICE_UNAVAILABLE)
							.build())));
	}

	/**
	 * Only a link that names a page changes where the login returns to: retrying after a
	 * failure ({@code /anmelden}) keeps the page of the first attempt.
	 */
	private Mono<Void> remember(ServerWebExchange exchange, String returnTo) {
		return (returnTo != null) ? this.returnAfterLogin.remember(exchange, returnTo).then() : Mono.empty();
	}

}
