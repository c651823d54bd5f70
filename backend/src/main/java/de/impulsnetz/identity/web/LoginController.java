package de.impulsnetz.identity.web;

import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.identity.LoginAvailability;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * "Anmelden": hands over to Keycloak when it answers, and says so plainly when it does
 * not (the app keeps serving public pages; login works again once Keycloak is back).
 */
@Controller
class LoginController {

	private final CurrentMember currentMember;

	private final LoginAvailability availability;

	LoginController(CurrentMember currentMember, LoginAvailability availability) {
		this.currentMember = currentMember;
		this.availability = availability;
	}

	@GetMapping("/anmelden")
	Mono<Rendering> login(@RequestParam(name = "fehler", required = false) String failed) {
		if (failed != null) {
			return Mono.just(Rendering.view("identity/login-problem")
				.modelAttribute("reason", "failed")
				.status(HttpStatus.UNAUTHORIZED)
				.build());
		}
		return this.currentMember.get()
			.map((member) -> Rendering.redirectTo("/konto").build())
			.switchIfEmpty(this.availability.isAvailable()
				.map((available) -> available ? Rendering.redirectTo("/oauth2/authorization/keycloak").build()
						: Rendering.view("identity/login-problem")
							.modelAttribute("reason", "unavailable")
							.status(HttpStatus.SERVICE_UNAVAILABLE)
							.build()));
	}

}
