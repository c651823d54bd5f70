package de.impulsnetz.media;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.Role;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.gridfs.ReactiveGridFsTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload that nothing shows is removed a day after it came in; one a text shows, and
 * one still within its day, stay. Against the embedded MongoDB-wire server's GridFS.
 */
@IntegrationTest
class UnusedImagesTests {

	private static final Member UPLOADER = new Member("m-unbenutzt", "uwe", "Uwe Upload", null, "kreis-steinfurt",
			Set.of(Role.MEMBER));

	@Autowired
	Images images;

	@Autowired
	ReactiveGridFsTemplate gridFs;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	Clock clock;

	@Test
	void anOldUnusedImageGoesWhileAUsedOneAndAFreshOneStay() {
		StoredImage unused = store();
		StoredImage used = store();
		StoredImage fresh = store();
		uploadedAgo(unused, Duration.ofHours(25));
		uploadedAgo(used, Duration.ofDays(3));
		uploadedAgo(fresh, Duration.ofHours(23));
		UnusedImages cleanup = new UnusedImages(this.gridFs,
				List.of(() -> Flux.fromIterable(Images.referencedIn("Text\n\n" + used.markdown() + "\n"))), this.clock);

		Object unusedId = this.mongo
			.findOne(Query.query(Criteria.where("filename").is(unused.name())), Document.class, "fs.files")
			.block()
			.get("_id");

		assertThat(cleanup.removeUnused().block()).isEqualTo(1);

		assertThat(this.images.load(unused.name()).blockOptional()).isEmpty();
		assertThat(this.images.load(used.name()).blockOptional()).isPresent();
		assertThat(this.images.load(fresh.name()).blockOptional()).isPresent();
		assertThat(this.mongo.count(Query.query(Criteria.where("files_id").is(unusedId)), "fs.chunks").block())
			.as("its bytes are gone too")
			.isZero();
		assertThat(cleanup.removeUnused().block()).isZero();
	}

	@Test
	void twoInstancesCleaningUpAtOnceBothSucceed() {
		StoredImage unused = store();
		uploadedAgo(unused, Duration.ofDays(2));
		UnusedImages one = new UnusedImages(this.gridFs, List.of(Flux::empty), this.clock);
		UnusedImages other = new UnusedImages(this.gridFs, List.of(Flux::empty), this.clock);

		List<Long> removed = Flux.merge(one.removeUnused(), other.removeUnused()).collectList().block();

		assertThat(removed).hasSize(2).allSatisfy((count) -> assertThat(count).isBetween(0L, 1L));
		assertThat(this.images.load(unused.name()).blockOptional()).isEmpty();
	}

	@Test
	void referencesAreFoundInMarkdownImagesAndLinks() {
		assertThat(Images.referencedIn("![Ein Bild](/medien/AAAAAAAAAAAAAAAAAAAAAA.png) und "
				+ "[Link](https://impulsnetz.example/medien/BBBBBBBBBBBBBBBBBBBBBB.jpeg), nicht /medien/zu-kurz.png"))
			.containsExactly("AAAAAAAAAAAAAAAAAAAAAA.png", "BBBBBBBBBBBBBBBBBBBBBB.jpeg");
	}

	private StoredImage store() {
		return this.images
			.store(Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(TestImages.png(20, 10))), "Ein Bild",
					UPLOADER)
			.block();
	}

	private void uploadedAgo(StoredImage image, Duration age) {
		Instant then = this.clock.instant().minus(age);
		this.mongo
			.updateFirst(Query.query(Criteria.where("filename").is(image.name())),
					Update.update("metadata.uploadedAt", Date.from(then)), "fs.files")
			.then(Mono.empty())
			.block();
	}

}
