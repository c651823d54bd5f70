package de.impulsnetz.identity.web;

import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.identity.Member;
import reactor.core.publisher.Mono;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;

/**
 * What every page needs to know about the login: the member (header) and, only for
 * members, the CSRF token for their forms. Anonymous readers get no session and no token:
 * reading costs no write.
 */
@ControllerAdvice
class IdentityAdvice {

	private final CurrentMember currentMember;

	IdentityAdvice(CurrentMember currentMember) {
		this.currentMember = currentMember;
	}

	@ModelAttribute("member")
	Mono<Member> member() {
		return this.currentMember.get();
	}

	@ModelAttribute("_csrf")
	Mono<CsrfToken> csrf(ServerWebExchange exchange) {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		return this.currentMember.get().flatMap((member) -> (token != null) ? token : Mono.empty());
	}

}
