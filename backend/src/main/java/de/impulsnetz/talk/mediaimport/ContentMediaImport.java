package de.impulsnetz.talk.mediaimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;

import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.mediaimport.TalkMediaFiles;
import de.impulsnetz.talk.mediaimport.TalkMediaImport;
import de.impulsnetz.talk.captions.Chapters;
import de.impulsnetz.talk.captions.TalkCaptions;
import de.impulsnetz.talk.captions.TalkChapters;
import de.impulsnetz.talk.captions.TalkSlides;
import de.impulsnetz.talk.recording.Recordings;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.io.Resource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Stores a talk's media files from the content through the services that own them: the
 * recording as an upload by the content import (processed by a job like every upload),
 * captions, chapters and slides checked as if uploaded. Each file is stored again only
 * when its bytes changed since the last import, so a restart with the same files does
 * nothing, and an organiser's later upload in the app stays until the file changes.
 */
@Component
class ContentMediaImport implements TalkMediaImport {

	private static final int BUFFER = 64 * 1024;

	private final Recordings recordings;

	private final TalkCaptions captions;

	private final TalkChapters chapters;

	private final TalkSlides slides;

	private final ReactiveMongoTemplate mongo;

	ContentMediaImport(Recordings recordings, TalkCaptions captions, TalkChapters chapters, TalkSlides slides,
			ReactiveMongoTemplate mongo) {
		this.recordings = recordings;
		this.captions = captions;
		this.chapters = chapters;
		this.slides = slides;
		this.mongo = mongo;
	}

	@Override
	public Mono<Void> importMedia(Talk talk, TalkMediaFiles files) {
		String id = talk.id();
		if (id == null) {
			return Mono.error(new IllegalStateException("Talk " + talk.key() + " was never stored"));
		}
		return this.mongo.findById(id, ImportedMedia.class)
			.map((stored) -> new HashMap<>(stored.hashes()))
			.defaultIfEmpty(new HashMap<>())
			.flatMap((hashes) -> Flux
				.concat(changed(id, hashes, "recording", files.recording(),
						(file) -> this.recordings.importFromContent(talk, read(file))),
						Flux.fromIterable(files.captions().entrySet())
							.concatMap((captions) -> changed(id, hashes, "captions-" + captions.getKey(),
									captions.getValue(),
									(file) -> this.captions.store(talk, captions.getKey(), read(file), null))),
						changed(id, hashes, "chapters", files.chapters(),
								(file) -> Mono.fromCallable(() -> file.getContentAsString(StandardCharsets.UTF_8))
									.subscribeOn(Schedulers.boundedElastic())
									.flatMap((text) -> this.chapters.save(talk, Chapters.fromText(text, null)))),
						changed(id, hashes, "slides", files.slides(), (file) -> this.slides.store(talk, read(file))))
				.then());
	}

	/**
	 * Stores the file when its bytes differ from those stored last and notes its hash at
	 * once, so that a later file that fails does not store this one again next time.
	 */
	private Mono<Void> changed(String talkId, Map<String, String> hashes, String role, @Nullable Resource file,
			Function<Resource, Mono<?>> store) {
		if (file == null) {
			return Mono.empty();
		}
		return Mono.fromCallable(() -> sha256(file))
			.subscribeOn(Schedulers.boundedElastic())
			.filter((hash) -> !hash.equals(hashes.get(role)))
			.flatMap((hash) -> store.apply(file).then(Mono.defer(() -> {
				hashes.put(role, hash);
				return this.mongo.save(new ImportedMedia(talkId, hashes));
			})))
			.then();
	}

	private static Flux<DataBuffer> read(Resource file) {
		return DataBufferUtils.read(file, DefaultDataBufferFactory.sharedInstance, BUFFER);
	}

	private static String sha256(Resource file) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			try (InputStream in = new DigestInputStream(file.getInputStream(), digest)) {
				in.transferTo(OutputStream.nullOutputStream());
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file.getDescription(), ex);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every Java has SHA-256", impossible);
		}
	}

}
