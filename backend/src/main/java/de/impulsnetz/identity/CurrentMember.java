package de.impulsnetz.identity;

import reactor.core.publisher.Mono;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

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
