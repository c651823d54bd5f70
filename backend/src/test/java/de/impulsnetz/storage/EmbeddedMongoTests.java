package de.impulsnetz.storage;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The embedded server on its own and with the run listener that starts it before a
 * context. The contexts here hold nothing but what the listener registers (no
 * auto-configuration, so no clients or global resources), which lets them start and stop
 * beside the shared test context in the same JVM.
 */
class EmbeddedMongoTests {

	@TempDir
	Path dataDir;

	@Test
	void keepsAcknowledgedWritesAcrossANormalStop() {
		EmbeddedMongo first = EmbeddedMongo.inFile(this.dataDir.resolve("nested/data"));
		try (MongoClient client = MongoClients.create(first.connectionString("impulsnetz"))) {
			Mono.from(client.getDatabase("impulsnetz")
				.getCollection("practices")
				.insertOne(new Document("slug", "kreis-milk-videos"))).block(Duration.ofSeconds(10));
		}
		first.stop();

		EmbeddedMongo second = EmbeddedMongo.inFile(this.dataDir.resolve("nested/data"));
		try (MongoClient client = MongoClients.create(second.connectionString("impulsnetz"))) {
			Document found = Mono.from(client.getDatabase("impulsnetz").getCollection("practices").find().first())
				.block(Duration.ofSeconds(10));
			assertThat(found).isNotNull();
			assertThat(found.getString("slug")).isEqualTo("kreis-milk-videos");
		}
		finally {
			second.stop();
		}
	}

	@Test
	void startsBeforeTheContextAndStopsWithIt() {
		ConfigurableApplicationContext context = application().run("--impulsnetz.storage.embedded=memory");
		String uri = context.getEnvironment().getProperty("spring.mongodb.uri");
		assertThat(uri).startsWith("mongodb://127.0.0.1:");
		assertThat(context.getBean(EmbeddedMongo.class)).isNotNull();
		assertThat(accepts(uri)).isTrue();
		context.close();
		await().atMost(Duration.ofSeconds(10)).until(() -> !accepts(uri));
	}

	@Test
	void stopsWhenStartUpFailsSoTheJvmCanExit() {
		SpringApplication failing = application();
		failing.addPrimarySources(List.of(FailingConfiguration.class));
		AtomicReference<String> uri = new AtomicReference<>();
		failing.addInitializers((context) -> uri.set(context.getEnvironment().getProperty("spring.mongodb.uri")));
		assertThatThrownBy(() -> failing.run("--impulsnetz.storage.embedded=memory"))
			.hasRootCauseMessage("start-up fails");
		assertThat(uri.get()).startsWith("mongodb://127.0.0.1:");
		await().atMost(Duration.ofSeconds(10)).until(() -> !accepts(uri.get()));
	}

	@Test
	void staysOutOfTheWayWhenAMongoUriIsConfigured() {
		ConfigurableApplicationContext context = application()
			.run("--spring.mongodb.uri=mongodb://127.0.0.1:1/impulsnetz");
		try {
			assertThat(context.getBeansOfType(EmbeddedMongo.class)).isEmpty();
			assertThat(context.getEnvironment().getProperty("spring.mongodb.uri"))
				.isEqualTo("mongodb://127.0.0.1:1/impulsnetz");
		}
		finally {
			context.close();
		}
	}

	private static SpringApplication application() {
		SpringApplication application = new SpringApplication(MinimalConfiguration.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		return application;
	}

	private static boolean accepts(String uri) {
		int port = Integer.parseInt(uri.replaceAll(".*:(\\d+)/.*", "$1"));
		try (Socket socket = new Socket("127.0.0.1", port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class MinimalConfiguration {

	}

	@Configuration(proxyBeanMethods = false)
	static class FailingConfiguration {

		@Bean
		String failingBean() {
			throw new IllegalStateException("start-up fails");
		}

	}

}
