package de.impulsnetz.identity.keycloak;

import java.util.List;

import de.impulsnetz.identity.Role;

/**
 * The demo logins of the dev run (and the tests): one per role, each in a municipality.
 * Never created in production (provisioning.demo-users is off there).
 */
public record DemoUser(String username, String firstName, String lastName, String email, Role role,
		String municipality) {

	public static final String PASSWORD = "demo";

	public static final List<DemoUser> ALL = List.of(
			new DemoUser("demo-mitglied", "Mia", "Mitglied", "demo-mitglied@impulsnetz.example", Role.MEMBER,
					"kreis-steinfurt"),
			new DemoUser("demo-redaktion", "Rita", "Redaktion", "demo-redaktion@impulsnetz.example", Role.EDITOR,
					"kreis-minden-luebbecke"),
			new DemoUser("demo-orga", "Otto", "Orga", "demo-orga@impulsnetz.example", Role.ORGANISER, "stadt-altena"),
			new DemoUser("demo-admin", "Ada", "Admin", "demo-admin@impulsnetz.example", Role.ADMIN, "kreis-steinfurt"));

}
