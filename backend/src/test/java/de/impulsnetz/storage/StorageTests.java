package de.impulsnetz.storage;

import de.impulsnetz.IntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class StorageTests {

	@Autowired
	ReactiveMongoTemplate mongo;

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

	private static void assertUniqueOn(IndexInfo index, String... fields) {
		assertThat(index.isUnique()).isTrue();
		assertThat(index.getIndexFields()).extracting((field) -> field.getKey()).containsExactly(fields);
	}

}
