package de.impulsnetz.identity.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * A real Keycloak server from the {@code keycloak-quarkus-dist} the build unpacks, for
 * the dev run and the integration tests: started in development mode on a local port with
 * a bootstrap admin, or reused when one already answers there. Readiness is Keycloak's
 * own health check, not a sleep.
 */
public final class LocalKeycloak {

	private static final Log logger = LogFactory.getLog(LocalKeycloak.class);

	/** Build options: the same on every start, or Keycloak re-augments (about 25 s). */
	private static final List<String> BUILD_OPTIONS = List.of("--health-enabled=true");

	private final Path home;

	private final int port;

	private final int managementPort;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private volatile Process process;

	/** A Keycloak launched by another process that this instance waits for. */
	private volatile ProcessHandle elsewhere;

	private long startedAt;

	public LocalKeycloak(Path home, int port, int managementPort) {
		this.home = home;
		this.port = port;
		this.managementPort = managementPort;
	}

	public String url() {
		return "http://localhost:" + this.port;
	}

	/**
	 * Starts Keycloak unless one already answers on the port, then waits until it is
	 * ready.
	 * @return {@code true} if this call started it (and so {@link #stop()} should stop
	 * it)
	 */
	public synchronized boolean ensureRunning(Duration timeout) {
		boolean started = start();
		awaitReady(timeout);
		return started;
	}

	/**
	 * Launches Keycloak in the background unless one already answers on the port or
	 * another process launched one from this distribution that is still booting; does not
	 * wait for it.
	 * @return {@code true} if Keycloak was launched by this call
	 */
	public synchronized boolean start() {
		if (isReady()) {
			logger.info("Reusing the Keycloak already running at " + url());
			return false;
		}
		Optional<ProcessHandle> booting = launchedElsewhere();
		if (booting.isPresent()) {
			logger.info("Waiting for the Keycloak another process launched (pid " + booting.get().pid() + ")");
			this.elsewhere = booting.get();
			return false;
		}
		Path script = this.home.resolve("bin/kc.sh");
		if (!Files.isExecutable(script)) {
			throw new IllegalStateException("No Keycloak distribution at " + this.home.toAbsolutePath()
					+ ": run the build (./mvnw compile), which unpacks it, or set IMPULSNETZ_KEYCLOAK_HOME");
		}
		try {
			Path logFile = this.home.resolve("data/impulsnetz-keycloak.log");
			Files.createDirectories(logFile.getParent());
			ProcessBuilder builder = new ProcessBuilder(command(script)).directory(this.home.toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
			builder.environment()
				.putAll(Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", "admin", "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
						"JAVA_HOME", System.getProperty("java.home"),
						// Starts quicker and costs far less CPU; a local Keycloak never
						// serves enough logins to need the optimising compiler.
						"JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1"));
			this.startedAt = System.nanoTime();
			this.process = builder.start();
			Files.writeString(pidFile(), Long.toString(this.process.pid()));
			logger.info("Starting Keycloak at " + url() + " (log: " + logFile + ")");
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start Keycloak from " + this.home, ex);
		}
	}

	/**
	 * Waits until the Keycloak this instance launched has ended; returns at once if it
	 * launched none.
	 */
	public void awaitExit() throws InterruptedException {
		Process launched = this.process;
		if (launched != null) {
			launched.waitFor();
		}
	}

	/**
	 * Waits until Keycloak reports ready; fails early if the process this instance
	 * launched dies.
	 */
	public void awaitReady(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!isReady()) {
			Process launched = this.process;
			if (launched != null && !launched.isAlive()) {
				throw new IllegalStateException("Keycloak exited with code " + launched.exitValue()
						+ "; see data/impulsnetz-keycloak.log in " + this.home);
			}
			ProcessHandle other = this.elsewhere;
			if (other != null && !other.isAlive() && !isReady()) {
				throw new IllegalStateException("The Keycloak launched by another process (pid " + other.pid()
						+ ") exited; see data/impulsnetz-keycloak.log in " + this.home);
			}
			if (System.nanoTime() > deadline) {
				stop();
				throw new IllegalStateException("Keycloak was not ready within " + timeout);
			}
			pause();
		}
		if (this.process != null) {
			logger.info("Keycloak ready at " + url() + " after " + (System.nanoTime() - this.startedAt) / 1_000_000
					+ " ms");
		}
	}

	/**
	 * Whether Keycloak reports itself ready on its management port.
	 */
	public boolean isReady() {
		try {
			HttpResponse<String> response = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.managementPort + "/health/ready"))
					.timeout(Duration.ofSeconds(2))
					.build(), HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains("UP");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Stops a Keycloak this instance started: SIGTERM to the whole process tree (kc.sh
	 * may stay the parent of the JVM), then waits for it to end.
	 */
	public synchronized void stop() {
		if (this.process == null) {
			return;
		}
		List<ProcessHandle> tree = this.process.descendants().toList();
		this.process.destroy();
		tree.forEach(ProcessHandle::destroy);
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
			for (ProcessHandle handle : tree) {
				handle.onExit().get(30, TimeUnit.SECONDS);
			}
		}
		catch (Exception ex) {
			tree.forEach(ProcessHandle::destroyForcibly);
		}
		logger.info("Stopped Keycloak at " + url());
		this.process = null;
		try {
			Files.deleteIfExists(pidFile());
		}
		catch (IOException ex) {
			// A stale file names a process that is gone, which launchedElsewhere()
			// ignores.
		}
	}

	/**
	 * The Keycloak another process launched from this distribution, if it still runs:
	 * launching a second one would fight it for the port and the database.
	 */
	private Optional<ProcessHandle> launchedElsewhere() {
		try {
			Path pidFile = pidFile();
			if (!Files.exists(pidFile)) {
				return Optional.empty();
			}
			return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
				.filter(ProcessHandle::isAlive)
				.filter((handle) -> handle.info().commandLine().orElse("").contains("kc.sh"));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private Path pidFile() {
		return this.home.resolve("data/impulsnetz-keycloak.pid");
	}

	private List<String> command(Path script) {
		List<String> command = new java.util.ArrayList<>(List.of(script.toString(), "start-dev"));
		command.addAll(BUILD_OPTIONS);
		command.addAll(List.of("--http-port=" + this.port, "--http-management-port=" + this.managementPort));
		return command;
	}

	private static void pause() {
		try {
			Thread.sleep(250);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for Keycloak", ex);
		}
	}

}
