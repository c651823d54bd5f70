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
 * The real Keycloak for integration tests, once per test JVM: the one already running on
 * 8180 (the build starts it early, see {@link KeycloakPrestart}, or a dev run's), else
 * the distribution the build unpacked, started here and stopped when the JVM ends. Tests
 * and the application reach it through a {@link NetworkPlug} on 8182 that an outage test
 * can pull. Also the in-process SMTP server (GreenMail on 3025) that the realm sends its
 * mail to. Without a distribution the tests are skipped locally and fail in CI.
 */
public class KeycloakExtension implements BeforeAllCallback {

	/**
	 * Keycloak's port: 8180, or {@code IMPULSNETZ_IT_KEYCLOAK_PORT} to run against a
	 * Keycloak of one's own (a worktree's distribution, started here) while another runs
	 * on 8180; its management port is 1000 above.
	 */
	public static final int PORT = Integer
		.parseInt(System.getenv().getOrDefault("IMPULSNETZ_IT_KEYCLOAK_PORT", "8180").strip());

	public static final int MANAGEMENT_PORT = PORT + 1000;

	public static final int PLUG_PORT = 8182;

	/** Where tests and the application under test reach Keycloak: through the plug. */
	public static final String URL = "http://localhost:" + PLUG_PORT;

	public static final int SMTP_PORT = 3025;

	private static LocalKeycloak keycloak;

	private static NetworkPlug plug;

	private static GreenMail mail;

	@Override
	public void beforeAll(ExtensionContext context) {
		start();
	}

	public static synchronized GreenMail mail() {
		start();
		return mail;
	}

	/**
	 * The plug between Keycloak and everything that talks to it in these tests.
	 */
	public static synchronized NetworkPlug plug() {
		start();
		return plug;
	}

	static Path home() {
		return Path.of(System.getenv().getOrDefault("IMPULSNETZ_KEYCLOAK_HOME", "target/keycloak/keycloak"));
	}

	static LocalKeycloak local(Path home) {
		return new LocalKeycloak(home, PORT, MANAGEMENT_PORT);
	}

	private static synchronized void start() {
		if (keycloak != null) {
			return;
		}
		Path home = home();
		boolean available = Files.isExecutable(home.resolve("bin/kc.sh"));
		if (!available && "true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("CI=true but no Keycloak distribution at " + home
					+ " (the build unpacks it in generate-resources)");
		}
		Assumptions.assumeTrue(available, "No Keycloak distribution at " + home + ": run ./mvnw verify");
		mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mail.start();
		plug = new NetworkPlug(PLUG_PORT, PORT).plugIn();
		LocalKeycloak local = local(home);
		local.ensureRunning(Duration.ofMinutes(4));
		keycloak = local;
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			local.stop();
			plug.close();
			mail.stop();
		}, "stop-test-keycloak"));
	}

}
