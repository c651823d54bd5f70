package de.impulsnetz.media;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.Role;
import de.impulsnetz.media.ImageRejected.Reason;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.gridfs.ReactiveGridFsTemplate;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member uploads only so many images, and so many bytes, in 24 hours; other members are
 * not held back by it.
 */
@IntegrationTest
class ImageLimitTests {

	@Autowired
	ReactiveGridFsTemplate gridFs;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	Clock clock;

	@Test
	void aMemberUploadsAtMostSoManyImagesADay() {
		Images images = new Images(this.gridFs, this.mongo, this.clock, 2, DataSize.ofMegabytes(50));
		Member member = member("m-bilder-zahl");
		store(images, member, TestImages.png(40, 30)).block();
		store(images, member, TestImages.png(40, 30)).block();
		StepVerifier.create(store(images, member, TestImages.png(40, 30)))
			.expectErrorSatisfies((error) -> assertRejected(error))
			.verify(Duration.ofSeconds(10));
		StepVerifier.create(store(images, member("m-bilder-andere"), TestImages.png(40, 30)))
			.expectNextCount(1)
			.verifyComplete();
	}

	@Test
	void aMemberUploadsAtMostSoManyBytesADay() {
		byte[] photo = TestImages.png(400, 300);
		Images images = new Images(this.gridFs, this.mongo, this.clock, 100, DataSize.ofBytes(1));
		Member member = member("m-bilder-bytes");
		store(images, member, photo).block();
		StepVerifier.create(store(images, member, photo))
			.expectErrorSatisfies((error) -> assertRejected(error))
			.verify(Duration.ofSeconds(10));
	}

	private static void assertRejected(Throwable error) {
		assertThat(error).isInstanceOfSatisfying(ImageRejected.class,
				(rejected) -> assertThat(rejected.reason()).isEqualTo(Reason.DAILY_LIMIT));
	}

	private static Mono<StoredImage> store(Images images, Member member, byte[] bytes) {
		Flux<DataBuffer> content = Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(bytes));
		return images.store(content, "Ein Bild", member);
	}

	private static Member member(String id) {
		return new Member(id, id, "Bea Bild", null, "kreis-steinfurt", Set.of(Role.MEMBER));
	}

}
