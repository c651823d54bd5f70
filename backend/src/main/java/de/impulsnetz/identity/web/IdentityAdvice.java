package de.impulsnetz.identity.web;

import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.identity.LoginHeader;
import de.impulsnetz.identity.Member;
import reactor.core.publisher.Mono;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;

/**
 * What every page needs to know about the login, from {@link LoginHeader}: the member
 * (header) and, only for members, the CSRF token for their forms.
 */
@ControllerAdvice
class IdentityAdvice {

	private final CurrentMember currentMember;

	private final LoginHeader header;

	IdentityAdvice(CurrentMember currentMember, LoginHeader header) {
		this.currentMember = currentMember;
		this.header = header;
	}

	@ModelAttribute(LoginHeader.MEMBER)
	Mono<Member> member() {
		return this.currentMember.get();
	}

	/**
	 * The name of the member's municipality, for the header.
	 */
	@ModelAttribute(LoginHeader.MUNICIPALITY)
	Mono<String> memberMunicipality() {
		return this.currentMember.get().flatMap(this.header::municipalityName);
	}

	@ModelAttribute(LoginHeader.CSRF)
	Mono<CsrfToken> csrf(ServerWebExchange exchange) {
		return this.header.csrf(exchange, this.currentMember.get());
	}

}
