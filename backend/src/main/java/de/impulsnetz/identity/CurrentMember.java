package de.impulsnetz.identity;

import de.impulsnetz.identity.session.KeycloakCheckedSecurityContexts;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Who is asking: the member behind the current request, from the web login (OIDC) or a
 * bearer token (API).
 */
@Component
public class CurrentMember {

	private final ObjectProvider<KeycloakCheckedSecurityContexts> securityContexts;

	public CurrentMember(ObjectProvider<KeycloakCheckedSecurityContexts> securityContexts) {
		this.securityContexts = securityContexts;
	}

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
	 * The member of a request whose answer is made outside the security filters, as the
	 * error pages are: the security context the filters loaded for this request (or, had
	 * they not, the session's, checked the same way). Empty for anonymous readers and API
	 * tokens.
	 */
	public Mono<Member> outsideTheFilters(ServerWebExchange exchange) {
		KeycloakCheckedSecurityContexts contexts = this.securityContexts.getIfAvailable();
		if (contexts == null) {
			return Mono.empty();
		}
		return contexts.load(exchange)
			.mapNotNull(SecurityContext::getAuthentication)
			.filter(Authentication::isAuthenticated)
			.mapNotNull(CurrentMember::of);
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

	/**
	 * The member the login or token stands for; none without a subject ({@code sub}),
	 * which the API's token validation already refuses.
	 */
	public static @Nullable Member of(Authentication authentication) {
		Map<String, Object> claims = null;
		if (authentication.getPrincipal() instanceof OidcUser user) {
			claims = user.getClaims();
		}
		else if (authentication instanceof JwtAuthenticationToken token) {
			claims = token.getToken().getClaims();
		}
		return (claims != null && claims.get(StandardClaimNames.SUB) != null) ? Member.fromClaims(claims) : null;
	}

}
