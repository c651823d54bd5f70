package de.impulsnetz;

import java.nio.file.Files;
import java.nio.file.Path;

import de.impulsnetz.identity.keycloak.LocalKeycloak;

/**
 * Boots the integration tests' Keycloak while the unit tests run, so that its start
 * (about 45 s on two cores in a fresh clone) is not on the build's critical path. The
 * build launches this in the background (exec-maven-plugin, asynchronous) before the unit
 * tests and stops it when the build ends, and with it the Keycloak it launched; the
 * integration tests find that Keycloak running and use it.
 */
public final class KeycloakPrestart {

	private KeycloakPrestart() {
	}

	public static void main(String[] args) throws InterruptedException {
		Path home = KeycloakExtension.home();
		if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
			return;
		}
		LocalKeycloak keycloak = KeycloakExtension.local(home);
		if (keycloak.start()) {
			Runtime.getRuntime().addShutdownHook(new Thread(keycloak::stop, "stop-prestarted-keycloak"));
			keycloak.awaitExit();
		}
	}

}
