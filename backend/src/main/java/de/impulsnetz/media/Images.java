package de.impulsnetz.media;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.gridfs.model.GridFSFile;
import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.MemberDataHolder;
import de.impulsnetz.media.ImageRejected.Reason;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.gridfs.ReactiveGridFsTemplate;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Stores and serves images in GridFS. An upload is read up to {@link #MAX_BYTES} and no
 * further, recognised by its bytes, cleaned of camera metadata and stored under a random
 * name: nobody finds a draft's images by counting. A member uploads at most
 * {@code impulsnetz.limits.images.per-day} images and
 * {@code impulsnetz.limits.images.bytes-per-day} bytes in 24 hours, counted in MongoDB so
 * that the limit holds across app instances.
 */
@Service
public class Images implements MemberDataHolder {

	/** 5 MiB: a good photo for the web is far smaller. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	/** Long enough to describe an image, short enough to stay an alt text. */
	public static final int MAX_ALT = 250;

	static final String PATH = "/medien/";

	/** Names are 16 random bytes in URL-safe Base64 with the extension of their type. */
	private static final Pattern REFERENCE = Pattern.compile(PATH + "([A-Za-z0-9_-]{22}\\.[a-z]{3,4})");

	private static final String FILES = "fs.files";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ReactiveGridFsTemplate gridFs;

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	private static final Duration DAY = Duration.ofDays(1);

	private final DataBufferFactory buffers = DefaultDataBufferFactory.sharedInstance;

	private final int perDay;

	private final long bytesPerDay;

	Images(ReactiveGridFsTemplate gridFs, ReactiveMongoTemplate mongo, Clock clock,
			@Value("${impulsnetz.limits.images.per-day}") int perDay,
			@Value("${impulsnetz.limits.images.bytes-per-day}") DataSize bytesPerDay) {
		this.gridFs = gridFs;
		this.mongo = mongo;
		this.clock = clock;
		this.perDay = perDay;
		this.bytesPerDay = bytesPerDay.toBytes();
	}

	/**
	 * Stores an upload for the member; fails with {@link ImageRejected} when the alt text
	 * is missing or the bytes are no acceptable image.
	 */
	public Mono<StoredImage> store(Flux<DataBuffer> content, String alt, Member uploader) {
		String altText = (alt != null) ? alt.strip() : "";
		if (altText.isEmpty()) {
			return content.doOnNext(DataBufferUtils::release).then(Mono.error(new ImageRejected(Reason.NO_ALT)));
		}
		if (altText.length() > MAX_ALT) {
			return content.doOnNext(DataBufferUtils::release).then(Mono.error(new ImageRejected(Reason.ALT_TOO_LONG)));
		}
		return withinDailyLimit(uploader, content).then(DataBufferUtils.join(content, MAX_BYTES))
			.map(Images::bytesOf)
			.defaultIfEmpty(new byte[0])
			.onErrorMap(DataBufferLimitException.class, (tooMuch) -> new ImageRejected(Reason.TOO_LARGE))
			.publishOn(Schedulers.boundedElastic())
			.map(ImageBytes::clean)
			.flatMap((image) -> save(image, altText, uploader));
	}

	/**
	 * Completes when the member may upload another image today; otherwise the upload is
	 * read to its end, discarded and refused.
	 */
	private Mono<Void> withinDailyLimit(Member uploader, Flux<DataBuffer> content) {
		Aggregation today = Aggregation.newAggregation(
				Aggregation.match(Criteria.where("metadata.uploader")
					.is(uploader.id())
					.and("metadata.uploadedAt")
					.gt(Date.from(this.clock.instant().minus(DAY)))),
				Aggregation.group().count().as("count").sum("length").as("bytes"));
		return this.mongo.aggregate(today, FILES, Document.class)
			.next()
			.filter((sum) -> ((Number) sum.get("count")).longValue() >= this.perDay
					|| ((Number) sum.get("bytes")).longValue() >= this.bytesPerDay)
			.flatMap((over) -> content.doOnNext(DataBufferUtils::release)
				.then(Mono.error(new ImageRejected(Reason.DAILY_LIMIT))));
	}

	/**
	 * An image by its public name, with its bytes to stream.
	 */
	public Mono<ImageFile> load(String name) {
		return this.gridFs.findOne(Query.query(Criteria.where("filename").is(name)))
			.flatMap((file) -> this.gridFs.getResource(file)
				.map((resource) -> new ImageFile(toStored(file), resource.getDownloadStream())));
	}

	/**
	 * An image's data and its bytes.
	 */
	public record ImageFile(StoredImage image, Flux<DataBuffer> content) {

	}

	private Mono<StoredImage> save(ImageBytes.Cleaned image, String alt, Member uploader) {
		String name = randomName() + "." + image.type().extension();
		Instant now = this.clock.instant();
		Document metadata = new Document("alt", alt).append("uploader", uploader.id())
			.append("municipality", uploader.municipality())
			.append("width", image.width())
			.append("height", image.height())
			.append("type", image.type().name())
			.append("uploadedAt", now);
		StoredImage stored = new StoredImage(name, image.type(), image.bytes().length, image.width(), image.height(),
				alt, now);
		return this.gridFs.store(Flux.just(this.buffers.wrap(image.bytes())), name, image.type().mediaType(), metadata)
			.thenReturn(stored);
	}

	private static StoredImage toStored(GridFSFile file) {
		Document metadata = (file.getMetadata() != null) ? file.getMetadata() : new Document();
		return new StoredImage(file.getFilename(), ImageType.valueOf(metadata.getString("type")), file.getLength(),
				metadata.getInteger("width", 0), metadata.getInteger("height", 0), metadata.getString("alt"),
				file.getUploadDate().toInstant());
	}

	private static byte[] bytesOf(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	/**
	 * Names of the uploaded images a Markdown text shows or links to.
	 */
	public static Set<String> referencedIn(String markdown) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = REFERENCE.matcher(markdown);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	private static String randomName() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	@Override
	public String key() {
		return "bilder";
	}

	@Override
	public Mono<Object> export(Member member) {
		return this.gridFs.find(Query.query(Criteria.where("metadata.uploader").is(member.id())))
			.map(Images::toStored)
			.map((image) -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("adresse", image.path());
				entry.put("alternativtext", image.alt());
				entry.put("hochgeladen", image.uploadedAt().toString());
				return entry;
			})
			.collectList()
			.map(List::copyOf);
	}

	/**
	 * The images stay, as part of the municipality's write-ups; only the link to the
	 * member goes.
	 */
	@Override
	public Mono<Void> erase(Member member) {
		return this.mongo
			.updateMulti(Query.query(Criteria.where("metadata.uploader").is(member.id())),
					new Update().unset("metadata.uploader"), FILES)
			.then();
	}

}
