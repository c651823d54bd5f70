package de.impulsnetz.talk.captions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

import de.impulsnetz.shared.work.ReactiveEvents;
import de.impulsnetz.talk.Talk;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bson.Document;
import org.bson.types.ObjectId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.ReactiveGridFsTemplate;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * A talk's slides: one PDF, recognised by its bytes, at most
 * {@code impulsnetz.talk.slides.max-size}, kept in its own GridFS bucket, with its text
 * read by PDFBox for search. The upload goes to a temporary file on its way, so that a
 * large PDF is never held in memory as a whole.
 */
@Service
public class TalkSlides {

	public static final String BUCKET = "talkSlides";

	/**
	 * Characters of text kept for search: far more than slides hold, far below a
	 * document's limit.
	 */
	static final int MAX_TEXT = 1_000_000;

	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final int CHUNK = 64 * 1024;

	private final DataBufferFactory buffers = DefaultDataBufferFactory.sharedInstance;

	private final ReactiveGridFsTemplate gridFs;

	private final SlideDeckRepository decks;

	private final Clock clock;

	private final long maxBytes;

	private final ReactiveEvents events;

	TalkSlides(ReactiveMongoDatabaseFactory database, MongoConverter converter, SlideDeckRepository decks, Clock clock,
			@Value("${impulsnetz.talk.slides.max-size}") DataSize maxSize, ReactiveEvents events) {
		this.events = events;
		this.gridFs = new ReactiveGridFsTemplate(this.buffers, database, converter, BUCKET);
		this.decks = decks;
		this.clock = clock;
		this.maxBytes = maxSize.toBytes();
	}

	public long maxBytes() {
		return this.maxBytes;
	}

	/**
	 * Checks and stores the PDF as the talk's slides, replacing the ones it had.
	 * @return the stored slides; {@link SlidesRejected} when the upload is empty, too
	 * large, no PDF, or a PDF that cannot be read
	 */
	public Mono<SlideDeck> store(Talk talk, Flux<DataBuffer> content) {
		return store(talk, content, -1);
	}

	/**
	 * Like {@link #store(Talk, Flux)}, but refuses at once an upload that announces more
	 * bytes than allowed.
	 * @param announced the request's {@code Content-Length}; -1 when unknown
	 */
	public Mono<SlideDeck> store(Talk talk, Flux<DataBuffer> content, long announced) {
		if (announced > this.maxBytes) {
			return Mono.error(new SlidesRejected(SlidesRejected.Reason.TOO_LARGE, this.maxBytes));
		}
		String talkId = TalkCaptions.talkId(talk);
		return Mono.usingWhen(
				Mono.fromCallable(() -> Files.createTempFile("folien-", ".pdf"))
					.subscribeOn(Schedulers.boundedElastic()),
				(file) -> DataBufferUtils.write(limited(content), file)
					.then(Mono.fromCallable(() -> read(file)).subscribeOn(Schedulers.boundedElastic()))
					.flatMap((read) -> save(talkId, file, read))
					.flatMap((deck) -> TalkCaptions.searchable(this.events, talk).thenReturn(deck)),
				(file) -> Mono.fromCallable(() -> Files.deleteIfExists(file)).subscribeOn(Schedulers.boundedElastic()));
	}

	private Flux<DataBuffer> limited(Flux<DataBuffer> content) {
		AtomicLong read = new AtomicLong();
		return content.handle((buffer, sink) -> {
			if (read.addAndGet(buffer.readableByteCount()) > this.maxBytes) {
				DataBufferUtils.release(buffer);
				sink.error(new SlidesRejected(SlidesRejected.Reason.TOO_LARGE, this.maxBytes));
			}
			else {
				sink.next(buffer);
			}
		});
	}

	/**
	 * The stored file's page count and text, or why it is no PDF we take.
	 */
	static Extracted read(Path file) throws IOException {
		long size = Files.size(file);
		if (size == 0) {
			throw new SlidesRejected(SlidesRejected.Reason.EMPTY);
		}
		try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ)) {
			if (!Arrays.equals(in.readNBytes(PDF.length), PDF)) {
				throw new SlidesRejected(SlidesRejected.Reason.NOT_PDF);
			}
		}
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			String text = new PDFTextStripper().getText(document)
				.replaceAll("[ \\t\\x0B\\f]+", " ")
				.replaceAll("\\s*\\n\\s*", "\n")
				.strip();
			return new Extracted(size, document.getNumberOfPages(),
					(text.length() > MAX_TEXT) ? text.substring(0, MAX_TEXT) : text);
		}
		catch (InvalidPasswordException encrypted) {
			throw new SlidesRejected(SlidesRejected.Reason.ENCRYPTED);
		}
		catch (IOException | RuntimeException broken) {
			// PDFBox fails on damaged files with IOExceptions and, now and then, runtime
			// exceptions of its parser: either way the file cannot be read.
			throw new SlidesRejected(SlidesRejected.Reason.BROKEN);
		}
	}

	record Extracted(long bytes, int pages, String text) {

	}

	private Mono<SlideDeck> save(String talkId, Path file, Extracted read) {
		Document metadata = new Document("talk", talkId).append("pages", read.pages());
		return this.decks.findById(talkId)
			.map((old) -> old.file())
			.defaultIfEmpty("")
			.flatMap((oldFile) -> this.gridFs
				.store(DataBufferUtils.read(file, this.buffers, CHUNK), talkId + ".pdf", "application/pdf", metadata)
				.flatMap((stored) -> this.decks.save(new SlideDeck(talkId, stored.toHexString(), read.bytes(),
						read.pages(), read.text(), this.clock.instant())))
				.flatMap((deck) -> oldFile.isEmpty() ? Mono.just(deck) : deleteFile(oldFile).thenReturn(deck)));
	}

	/**
	 * The talk's slides, if it has any; their text is what search indexes.
	 */
	public Mono<SlideDeck> deck(Talk talk) {
		return this.decks.findById(TalkCaptions.talkId(talk));
	}

	/**
	 * The slides with the PDF's bytes to stream.
	 */
	public Mono<SlidesFile> load(Talk talk) {
		return deck(talk)
			.flatMap((deck) -> this.gridFs.findOne(Query.query(Criteria.where("_id").is(new ObjectId(deck.file()))))
				.flatMap(this.gridFs::getResource)
				.map((resource) -> new SlidesFile(deck, resource.getDownloadStream(CHUNK))));
	}

	/**
	 * A talk's slides and the PDF's bytes.
	 */
	public record SlidesFile(SlideDeck deck, Flux<DataBuffer> content) {

	}

	public Mono<Void> delete(Talk talk) {
		return deck(talk).flatMap((deck) -> deleteFile(deck.file()).then(this.decks.delete(deck)))
			.then(TalkCaptions.searchable(this.events, talk));
	}

	private Mono<Void> deleteFile(String file) {
		return this.gridFs.delete(Query.query(Criteria.where("_id").is(new ObjectId(file))));
	}

}
