package de.impulsnetz.identity.web;

import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.identity.Member;
import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityDirectory;
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

	private final MunicipalityDirectory municipalities;

	IdentityAdvice(CurrentMember currentMember, MunicipalityDirectory municipalities) {
		this.currentMember = currentMember;
		this.municipalities = municipalities;
	}

	@ModelAttribute("member")
	Mono<Member> member() {
		return this.currentMember.get();
	}

	/**
	 * The name of the member's municipality, for the header.
	 */
	@ModelAttribute("memberMunicipality")
	Mono<String> memberMunicipality() {
		return this.currentMember.get()
			.filter((member) -> member.municipality() != null)
			.flatMap((member) -> this.municipalities.bySlug(member.municipality()))
			.map(Municipality::name);
	}

	@ModelAttribute("_csrf")
	Mono<CsrfToken> csrf(ServerWebExchange exchange) {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		return this.currentMember.get().flatMap((member) -> (token != null) ? token : Mono.empty());
	}

}
