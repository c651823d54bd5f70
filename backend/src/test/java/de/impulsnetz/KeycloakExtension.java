package de.impulsnetz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.impulsnetz.identity.keycloak.LocalKeycloak;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real Keycloak for integration tests, once per test JVM: the distribution the build
 * unpacked, started on 8180 unless one already runs there, stopped when the JVM ends if
 * this extension started it. Also the in-process SMTP server (GreenMail on 3025) that the
 * realm sends its mail to. Without a distribution the tests are skipped locally and fail
 * in CI.
 */
public class KeycloakExtension implements BeforeAllCallback {

	public static final int PORT = 8180;

	public static final int MANAGEMENT_PORT = 9180;

	public static final int SMTP_PORT = 3025;

	private static LocalKeycloak keycloak;

	private static GreenMail mail;

	private static boolean owned;

	@Override
	public void beforeAll(ExtensionContext context) {
		start();
	}

	public static synchronized LocalKeycloak keycloak() {
		start();
		return keycloak;
	}

	public static synchronized GreenMail mail() {
		start();
		return mail;
	}

	/**
	 * Whether these tests started Keycloak (and so may stop and restart it), rather than
	 * reusing a dev run's.
	 */
	public static synchronized boolean owned() {
		start();
		return owned;
	}

	private static void start() {
		if (keycloak != null) {
			return;
		}
		Path home = Path.of(System.getenv().getOrDefault("IMPULSNETZ_KEYCLOAK_HOME", "target/keycloak/keycloak"));
		boolean available = Files.isExecutable(home.resolve("bin/kc.sh"));
		if (!available && "true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("CI=true but no Keycloak distribution at " + home
					+ " (the build unpacks it in generate-resources)");
		}
		Assumptions.assumeTrue(available, "No Keycloak distribution at " + home + ": run ./mvnw verify");
		mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mail.start();
		LocalKeycloak local = new LocalKeycloak(home, PORT, MANAGEMENT_PORT);
		owned = local.ensureRunning(Duration.ofMinutes(4));
		keycloak = local;
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			local.stop();
			mail.stop();
		}, "stop-test-keycloak"));
	}

}
