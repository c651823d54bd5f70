package de.impulsnetz.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The logged-in person, as Keycloak describes them: who, which municipality (the
 * {@code organization} claim), which roles (the {@code roles} claim).
 *
 * @param id Keycloak's stable user id ({@code sub})
 * @param municipality slug of the member's municipality, if they belong to one
 */
public record Member(String id, String username, String name, @Nullable String email, @Nullable String municipality,
		Set<Role> roles) {

	public Member {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean isAdmin() {
		return has(Role.ADMIN);
	}

	/**
	 * Admins invite people into any municipality, organisers into their own only: whoever
	 * is invited then reads and writes as that municipality.
	 */
	public boolean mayInviteInto(String municipality) {
		return has(Role.ADMIN) || (has(Role.ORGANISER) && belongsTo(municipality));
	}

	public boolean belongsTo(String municipality) {
		return municipality.equals(this.municipality);
	}

	/**
	 * Builds a member from token claims (ID token, user info or access token alike).
	 */
	static Member fromClaims(Map<String, Object> claims) {
		String username = string(claims.get("preferred_username"));
		String name = string(claims.get("name"));
		if (name == null) {
			name = (username != null) ? username : string(claims.get("sub"));
		}
		return new Member(string(claims.get("sub")), (username != null) ? username : name, name,
				string(claims.get("email")), municipality(claims.get("organization")), roles(claims.get("roles")));
	}

	/**
	 * Keycloak sends the organization claim as a list of aliases, or as a map from alias
	 * to details when organization attributes are mapped; a member normally has one.
	 */
	private static @Nullable String municipality(@Nullable Object claim) {
		if (claim instanceof Collection<?> aliases && !aliases.isEmpty()) {
			return String.valueOf(aliases.iterator().next());
		}
		if (claim instanceof Map<?, ?> byAlias && !byAlias.isEmpty()) {
			return String.valueOf(byAlias.keySet().iterator().next());
		}
		if (claim instanceof String alias && !alias.isBlank()) {
			return alias;
		}
		return null;
	}

	public static Set<Role> roles(@Nullable Object claim) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (claim instanceof Collection<?> names) {
			for (Object name : names) {
				Role.fromKeycloak(String.valueOf(name)).ifPresent(roles::add);
			}
		}
		return roles;
	}

	private static @Nullable String string(@Nullable Object value) {
		return (value != null) ? value.toString() : null;
	}

	public List<String> roleNames() {
		return this.roles.stream().map(Role::keycloakName).sorted().toList();
	}

}
