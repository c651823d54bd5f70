package de.impulsnetz.identity;

import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who is asking: the member behind the current request, from the web login (OIDC) or a
 * bearer token (API).
 */
@Component
public class CurrentMember {

	/**
	 * The member, or empty for anonymous readers.
	 */
	public Mono<Member> get() {
		return ReactiveSecurityContextHolder.getContext()
			.map(SecurityContext::getAuthentication)
			.filter(Authentication::isAuthenticated)
			.flatMap((authentication) -> Mono.justOrEmpty(of(authentication)));
	}

	/**
	 * The member; an anonymous request ends with 401. For writes, which the security
	 * filter chain already keeps from anonymous requests: the check where it is used.
	 */
	public Mono<Member> required() {
		return get().switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.UNAUTHORIZED)));
	}

	/**
	 * The member if there is one: for pages that show members more than readers.
	 */
	public Mono<Optional<Member>> optional() {
		return get().map(Optional::of).defaultIfEmpty(Optional.empty());
	}

	static Member of(Authentication authentication) {
		if (authentication.getPrincipal() instanceof OidcUser user) {
			return Member.fromClaims(user.getClaims());
		}
		if (authentication instanceof JwtAuthenticationToken token) {
			return Member.fromClaims(token.getToken().getClaims());
		}
		return null;
	}

}
