package de.impulsnetz.storage;

import java.nio.file.Path;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.practice.Practice;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;

import de.impulsnetz.ImpulsnetzApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class StorageTests {

	@Autowired
	ReactiveMongoTemplate mongo;

	@TempDir
	Path dataDir;

	@Test
	void createsDeclaredUniqueIndexesAtStartUp() {
		assertThat(this.mongo.indexOps("practices").getIndexInfo().collectList().block())
			.anySatisfy((index) -> assertUniqueOn(index, "slug"));
		assertThat(this.mongo.indexOps("talks").getIndexInfo().collectList().block())
			.anySatisfy((index) -> assertUniqueOn(index, "series", "slug"));
		assertThat(this.mongo.indexOps("sessionProposals").getIndexInfo().collectList().block())
			.anySatisfy((index) -> assertUniqueOn(index, "event", "slug"));
	}

	@Test
	void refusesASecondDocumentWithTheSameSlug() {
		Document duplicate = new Document("slug", "stellenanzeigen-als-humorvolle-videos").append("title", "Kopie");
		assertThatThrownBy(() -> this.mongo.insert(duplicate, "practices").block())
			.isInstanceOf(DuplicateKeyException.class);
	}

	@Test
	void theWholeAppKeepsItsDataAcrossARestart() {
		String[] args = { "--impulsnetz.data-dir=" + this.dataDir, "--impulsnetz.storage.embedded=file",
				"--server.port=0", "--spring.main.banner-mode=off" };
		try (ConfigurableApplicationContext first = SpringApplication.run(ImpulsnetzApplication.class, args)) {
			first.getBean(ReactiveMongoTemplate.class)
				.insert(new Document("slug", "neu-im-portal").append("title", "Im Portal angelegt"), "practices")
				.block();
		}
		try (ConfigurableApplicationContext second = SpringApplication.run(ImpulsnetzApplication.class, args)) {
			Document found = second.getBean(ReactiveMongoTemplate.class)
				.findOne(
						new org.springframework.data.mongodb.core.query.Query(
								org.springframework.data.mongodb.core.query.Criteria.where("slug").is("neu-im-portal")),
						Document.class, "practices")
				.block();
			assertThat(found).isNotNull();
			assertThat(found.getString("title")).isEqualTo("Im Portal angelegt");
			assertThat(second.getBean(ReactiveMongoTemplate.class)
				.count(new org.springframework.data.mongodb.core.query.Query(), Practice.class)
				.block()).isGreaterThan(1);
		}
	}

	private static void assertUniqueOn(IndexInfo index, String... fields) {
		assertThat(index.isUnique()).isTrue();
		assertThat(index.getIndexFields()).extracting((field) -> field.getKey()).containsExactly(fields);
	}

}
