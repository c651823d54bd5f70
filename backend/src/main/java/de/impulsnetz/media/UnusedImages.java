package de.impulsnetz.media;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.mongodb.MongoGridFSException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.ReactiveGridFsTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes uploads that nothing shows a day after they came in: an image uploaded in the
 * editor and then left out of the text, or in a draft thrown away, would otherwise stay
 * for good. What shows an image each feature says as an {@link ImageUsage}. Runs once a
 * night ({@code impulsnetz.media.cleanup-cron}) on every instance: two instances that
 * find the same image both delete it, and the second delete finds nothing.
 */
@Component
class UnusedImages {

	private static final Logger logger = LoggerFactory.getLogger(UnusedImages.class);

	/** How long an upload may wait for the text that shows it to be saved. */
	static final Duration GRACE = Duration.ofDays(1);

	private final ReactiveGridFsTemplate gridFs;

	private final List<ImageUsage> usages;

	private final Clock clock;

	UnusedImages(ReactiveGridFsTemplate gridFs, List<ImageUsage> usages, Clock clock) {
		this.gridFs = gridFs;
		this.usages = usages;
		this.clock = clock;
	}

	@Scheduled(cron = "${impulsnetz.media.cleanup-cron}", zone = "Europe/Berlin")
	void removeNightly() {
		removeUnused().subscribe((removed) -> logger.info("Removed {} images that nothing shows", removed),
				(error) -> logger.warn("Unused images not removed now: {}", error.toString()));
	}

	/**
	 * Deletes every image uploaded more than a day ago that no feature references; the
	 * number deleted. The references are read first, so that an image saved into a text
	 * meanwhile is one that was uploaded within the day or is kept anyway.
	 */
	Mono<Long> removeUnused() {
		Instant uploadedBefore = this.clock.instant().minus(GRACE);
		return Flux.fromIterable(this.usages)
			.concatMap(ImageUsage::referencedImages)
			.collect(Collectors.toSet())
			.flatMapMany((used) -> unusedSince(uploadedBefore, used))
			.concatMap(this::delete)
			.count();
	}

	/**
	 * Deletes the image; empty when another instance was quicker.
	 */
	private Mono<String> delete(String name) {
		return this.gridFs.delete(Query.query(Criteria.where("filename").is(name)))
			.thenReturn(name)
			.onErrorResume(MongoGridFSException.class, (gone) -> Mono.empty());
	}

	private Flux<String> unusedSince(Instant uploadedBefore, Set<String> used) {
		return this.gridFs.find(Query.query(Criteria.where("metadata.uploadedAt").lt(Date.from(uploadedBefore))))
			.map((file) -> file.getFilename())
			.filter((name) -> !used.contains(name));
	}

}
