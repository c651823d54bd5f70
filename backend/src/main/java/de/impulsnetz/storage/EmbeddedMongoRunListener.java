package de.impulsnetz.storage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded MongoDB-wire server before the Spring context exists when no
 * {@code spring.mongodb.uri} ({@code MONGODB_URI}) is configured, and stops it after
 * everything else in the context — or right away when start-up fails, because the
 * server's threads would otherwise keep the JVM alive.
 */
public class EmbeddedMongoRunListener implements SpringApplicationRunListener, Ordered {

	static final String MODE_PROPERTY = "impulsnetz.storage.embedded";

	static final String DATA_DIR_PROPERTY = "impulsnetz.data-dir";

	private static final Log logger = LogFactory.getLog(EmbeddedMongoRunListener.class);

	private EmbeddedMongo embedded;

	public EmbeddedMongoRunListener(SpringApplication application, String[] args) {
	}

	@Override
	public void environmentPrepared(ConfigurableBootstrapContext bootstrapContext,
			ConfigurableEnvironment environment) {
		if (StringUtils.hasText(environment.getProperty("spring.mongodb.uri"))) {
			return;
		}
		String mode = environment.getProperty(MODE_PROPERTY, "file");
		this.embedded = "memory".equals(mode) ? EmbeddedMongo.inMemory()
				: EmbeddedMongo.inFile(Path.of(environment.getProperty(DATA_DIR_PROPERTY, "data")));
		String database = environment.getProperty("impulsnetz.storage.database", "impulsnetz");
		environment.getPropertySources()
			.addFirst(new MapPropertySource("embeddedMongo",
					Map.of("spring.mongodb.uri", this.embedded.connectionString(database))));
		logger.info("No MONGODB_URI set: started embedded MongoDB (" + this.embedded.description() + ") at "
				+ this.embedded.connectionString(database));
	}

	@Override
	public void contextPrepared(ConfigurableApplicationContext context) {
		if (this.embedded != null) {
			// Registered before any other bean, so destroyed after all of them (the Mongo
			// client first closes its connections, then the server commits and stops).
			DefaultSingletonBeanRegistry registry = (DefaultSingletonBeanRegistry) context.getBeanFactory();
			registry.registerSingleton("embeddedMongo", this.embedded);
			registry.registerDisposableBean("embeddedMongo", this.embedded::stop);
		}
	}

	@Override
	public void failed(ConfigurableApplicationContext context, Throwable exception) {
		if (this.embedded != null) {
			this.embedded.stop();
		}
	}

	@Override
	public void ready(ConfigurableApplicationContext context, Duration timeTaken) {
	}

	@Override
	public int getOrder() {
		// After EventPublishingRunListener, which loads application.yml into the
		// environment.
		return 10;
	}

}
