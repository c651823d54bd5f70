package de.impulsnetz;

import java.util.Set;

import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.Role;

/**
 * The members the tests act as, as the login would describe them: the people of the
 * permissions matrices, and numbered members with an address for mails.
 */
public final class Members {

	public static final Member STEINFURT = new Member("m-steinfurt", "mia", "Mia Mitglied", null, "kreis-steinfurt",
			Set.of(Role.MEMBER));

	public static final Member STEINFURT_COLLEAGUE = new Member("m-steinfurt-2", "kai", "Kai Kollege", null,
			"kreis-steinfurt", Set.of(Role.MEMBER));

	public static final Member ALTENA = new Member("m-altena", "otto", "Otto Anders", null, "stadt-altena",
			Set.of(Role.MEMBER));

	public static final Member EDITOR = new Member("m-editor", "rita", "Rita Redaktion", null, "kreis-minden-luebbecke",
			Set.of(Role.MEMBER, Role.EDITOR));

	public static final Member SECOND_EDITOR = new Member("m-editor-2", "rolf", "Rolf Redaktion", null, "stadt-altena",
			Set.of(Role.MEMBER, Role.EDITOR));

	/**
	 * Rita after her editor role was revoked in Keycloak while she was logged in: the
	 * session reads her roles again at the next check
	 * (KeycloakCheckedSecurityContextsTests) and she is a member like any other.
	 */
	public static final Member EDITOR_REVOKED = new Member("m-editor", "rita", "Rita Redaktion", null,
			"kreis-minden-luebbecke", Set.of(Role.MEMBER));

	public static final Member ADMIN = new Member("m-admin", "ada", "Ada Admin", null, "kreis-steinfurt",
			Set.of(Role.MEMBER, Role.ADMIN));

	public static final Member ORGANISER = new Member("o-altena", "olga", "Olga Orga", "olga@altena.example",
			"stadt-altena", Set.of(Role.MEMBER, Role.ORGANISER));

	public static final Member OTHER_ORGANISER = new Member("o-steinfurt", "oskar", "Oskar Orga", null,
			"kreis-steinfurt", Set.of(Role.MEMBER, Role.ORGANISER));

	private Members() {
	}

	/**
	 * The n-th of many members of the Kreis Steinfurt, with an address for mails.
	 */
	public static Member member(String prefix, int n) {
		return new Member(prefix + "-" + n, prefix + n, "Teilnehmerin " + n, prefix + n + "@kommune.example",
				"kreis-steinfurt", Set.of(Role.MEMBER));
	}

}
