package de.impulsnetz;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.Role;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.OidcLoginMutator;

/**
 * A member signed in through the web login, with the claims Keycloak sends (subject,
 * name, organization, roles). The real login is tested against Keycloak elsewhere.
 */
public final class SignedIn {

	private SignedIn() {
	}

	public static OidcLoginMutator as(Member member) {
		return as(member, (token) -> {
		});
	}

	/**
	 * The member, who entered the password at the given time ({@code auth_time}).
	 */
	public static OidcLoginMutator as(Member member, Instant authenticatedAt) {
		return as(member, (token) -> token.authTime(authenticatedAt));
	}

	private static OidcLoginMutator as(Member member, Consumer<OidcIdToken.Builder> more) {
		return SecurityMockServerConfigurers.mockOidcLogin()
			.idToken((token) -> more.accept(token.subject(member.id()).claims((claims) -> {
				if (member.email() != null) {
					claims.put("email", member.email());
				}
			})
				.claim("preferred_username", member.username())
				.claim("name", member.name())
				.claim("organization", List.of(member.municipality()))
				.claim("roles", member.roles().stream().map(Role::keycloakName).toList())))
			.authorities(member.roles().stream().map(Role::authority).toList());
	}

	/**
	 * The member calling the API with a bearer token of the Impulsnetz.
	 */
	public static JwtMutator bearer(Member member) {
		return SecurityMockServerConfigurers.mockJwt()
			.jwt((jwt) -> jwt.subject(member.id())
				.claim("preferred_username", member.username())
				.claim("name", member.name())
				.claim("organization", List.of(member.municipality()))
				.claim("roles", member.roles().stream().map(Role::keycloakName).toList()))
			.authorities(member.roles().stream().map(Role::authority).toList());
	}

}
