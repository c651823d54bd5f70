package de.impulsnetz.practice;

import java.util.Set;

import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.Role;

/**
 * The people of the permissions matrix, as the login would describe them.
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

	public static final Member ADMIN = new Member("m-admin", "ada", "Ada Admin", null, "kreis-steinfurt",
			Set.of(Role.MEMBER, Role.ADMIN));

	private Members() {
	}

}
