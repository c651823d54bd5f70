package de.impulsnetz.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * A MongoDB-wire-compatible server inside the JVM (mongo-java-server), on 127.0.0.1 and a
 * free port: with an H2 MVStore file for the dev run, in memory for tests.
 *
 * <p>
 * {@link #stop()} closes the backend, which commits the MVStore: every acknowledged write
 * survives a normal stop. A hard kill can lose the last second (the H2 backend commits
 * about once a second).
 */
public final class EmbeddedMongo implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(EmbeddedMongo.class);

	private final MongoServer server;

	private final InetSocketAddress address;

	private final String description;

	private EmbeddedMongo(MongoBackend backend, String description) {
		this.server = new MongoServer(backend);
		this.server.bind(new InetSocketAddress("127.0.0.1", 0));
		this.address = this.server.getLocalAddress();
		this.description = description;
	}

	public static EmbeddedMongo inMemory() {
		return new EmbeddedMongo(new MemoryBackend(), "in memory");
	}

	public static EmbeddedMongo inFile(Path directory) {
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data directory " + directory.toAbsolutePath(), ex);
		}
		Path file = directory.resolve("impulsnetz.mv").toAbsolutePath();
		return new EmbeddedMongo(new H2Backend(file.toString()), "file " + file);
	}

	/**
	 * The URI for the driver. A bounded read time: should the embedded server ever not
	 * answer, the driver gives up on that connection and retries the read instead of
	 * waiting forever.
	 */
	public String connectionString(String database) {
		return "mongodb://127.0.0.1:" + this.address.getPort() + "/" + database
				+ "?socketTimeoutMS=10000&connectTimeoutMS=5000";
	}

	public String description() {
		return this.description;
	}

	/**
	 * Closes client connections and the backend; idempotent.
	 */
	public synchronized void stop() {
		logger.info("Stopping embedded MongoDB (" + this.description + ")");
		this.server.shutdown();
	}

	@Override
	public void close() {
		stop();
	}

}
