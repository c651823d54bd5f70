package de.impulsnetz.storage;

import java.nio.file.Path;

import de.impulsnetz.ImpulsnetzApplication;
import de.impulsnetz.OwnJvm;
import de.impulsnetz.practice.Practice;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application, stopped and started again on the embedded database's file.
 */
@OwnJvm
class StorageRestartTests {

	@TempDir
	Path dataDir;

	@Test
	void theWholeAppKeepsItsDataAcrossARestart() {
		String[] args = { "--impulsnetz.data-dir=" + this.dataDir, "--impulsnetz.storage.embedded=file",
				"--server.port=0", "--spring.main.banner-mode=off",
				// Production refuses to start without the client secret.
				"--impulsnetz.keycloak.client-secret=restart-test-secret" };
		try (ConfigurableApplicationContext first = SpringApplication.run(ImpulsnetzApplication.class, args)) {
			first.getBean(ReactiveMongoTemplate.class)
				.insert(new Document("slug", "neu-im-portal").append("title", "Im Portal angelegt"), "practices")
				.block();
		}
		try (ConfigurableApplicationContext second = SpringApplication.run(ImpulsnetzApplication.class, args)) {
			Document found = second.getBean(ReactiveMongoTemplate.class)
				.findOne(new Query(Criteria.where("slug").is("neu-im-portal")), Document.class, "practices")
				.block();
			assertThat(found).isNotNull();
			assertThat(found.getString("title")).isEqualTo("Im Portal angelegt");
			assertThat(second.getBean(ReactiveMongoTemplate.class).count(new Query(), Practice.class).block())
				.isGreaterThan(1);
		}
	}

}
