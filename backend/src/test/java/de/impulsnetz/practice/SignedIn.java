package de.impulsnetz.practice;

import java.util.List;

import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.Role;

import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.OidcLoginMutator;

/**
 * A member signed in through the web login, with the claims Keycloak sends (subject,
 * name, organization, roles). The real login is tested against Keycloak elsewhere.
 */
final class SignedIn {

	private SignedIn() {
	}

	static OidcLoginMutator as(Member member) {
		return SecurityMockServerConfigurers.mockOidcLogin()
			.idToken((token) -> token.subject(member.id()).claims((claims) -> {
				if (member.email() != null) {
					claims.put("email", member.email());
				}
			})
				.claim("preferred_username", member.username())
				.claim("name", member.name())
				.claim("organization", List.of(member.municipality()))
				.claim("roles", member.roles().stream().map(Role::keycloakName).toList()))
			.authorities(member.roles().stream().map(Role::authority).toList());
	}

}
