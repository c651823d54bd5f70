package de.impulsnetz.identity;

import java.util.Locale;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Realm roles. Every member has {@link #MEMBER}; the others are given by admins.
 */
public enum Role {

	MEMBER("Social-Media-Verantwortliche einer Kommune"), EDITOR("Redaktion: prüft und veröffentlicht Praxisbeispiele"),
	ORGANISER("Organisation von Veranstaltungen und Impulsen"), ADMIN("Verwaltung der Plattform");

	private final String description;

	Role(String description) {
		this.description = description;
	}

	/**
	 * The realm role's name in Keycloak, e.g. {@code organiser}.
	 */
	public String keycloakName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String description() {
		return this.description;
	}

	/**
	 * The Spring Security authority, e.g. {@code ROLE_ORGANISER}.
	 */
	public GrantedAuthority authority() {
		return new SimpleGrantedAuthority("ROLE_" + name());
	}

	public static java.util.Optional<Role> fromKeycloak(String name) {
		for (Role role : values()) {
			if (role.keycloakName().equals(name)) {
				return java.util.Optional.of(role);
			}
		}
		return java.util.Optional.empty();
	}

}
