package de.impulsnetz.identity;

import java.util.HashMap;
import java.util.Map;

import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityDirectory;
import reactor.core.publisher.Mono;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * What the page header shows about the login: the member with her municipality's name,
 * and, for members only, the CSRF token of the logout form (anonymous readers get no
 * session and no token: reading costs no write). Pages get it through
 * {@code identity.web.IdentityAdvice}; the error pages, made outside the security
 * filters, through {@link #forErrorPage}, so that a member refused a page still sees that
 * she is logged in and can log out.
 */
@Component
public class LoginHeader {

	/** The model attribute of the member. */
	public static final String MEMBER = "member";

	/** The model attribute of the name of her municipality. */
	public static final String MUNICIPALITY = "memberMunicipality";

	/** The model attribute of the CSRF token. */
	public static final String CSRF = "_csrf";

	private final CurrentMember currentMember;

	private final MunicipalityDirectory municipalities;

	LoginHeader(CurrentMember currentMember, MunicipalityDirectory municipalities) {
		this.currentMember = currentMember;
		this.municipalities = municipalities;
	}

	/**
	 * The name of the member's municipality.
	 */
	public Mono<String> municipalityName(Member member) {
		return Mono.justOrEmpty(member.municipality()).flatMap(this.municipalities::bySlug).map(Municipality::name);
	}

	/**
	 * The CSRF token of the request, only when a member asks.
	 */
	public Mono<CsrfToken> csrf(ServerWebExchange exchange, Mono<Member> member) {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		return member.flatMap((found) -> (token != null) ? token : Mono.empty());
	}

	/**
	 * The header's model attributes for an error page; empty for anonymous readers.
	 */
	public Mono<Map<String, Object>> forErrorPage(ServerWebExchange exchange) {
		return this.currentMember.outsideTheFilters(exchange).flatMap((member) -> {
			Map<String, Object> model = new HashMap<>();
			model.put(MEMBER, member);
			return municipalityName(member).doOnNext((name) -> model.put(MUNICIPALITY, name))
				.then(csrf(exchange, Mono.just(member)))
				.doOnNext((token) -> model.put(CSRF, token))
				.thenReturn(model);
		});
	}

}
