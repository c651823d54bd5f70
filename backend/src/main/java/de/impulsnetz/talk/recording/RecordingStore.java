package de.impulsnetz.talk.recording;

import java.nio.ByteBuffer;

import com.mongodb.client.gridfs.model.GridFSFile;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsObject;
import org.springframework.data.mongodb.gridfs.ReactiveGridFsTemplate;
import org.springframework.data.mongodb.gridfs.ReactiveGridFsUpload;
import org.springframework.stereotype.Component;

/**
 * The files of recordings in their own GridFS bucket ({@code recordings.files},
 * {@code recordings.chunks}): originals and processed versions. Reads a byte range by
 * querying only the chunks that hold it.
 */
@Component
class RecordingStore {

	static final String BUCKET = "recordings";

	static final String CHUNKS = BUCKET + ".chunks";

	/** The driver's default: 255 KiB. */
	static final int CHUNK_SIZE = 255 * 1024;

	/** Chunks fetched per round trip while a range streams: about 1 MiB in memory. */
	private static final int CHUNKS_PER_BATCH = 4;

	private final ReactiveGridFsTemplate gridFs;

	private final ReactiveMongoTemplate mongo;

	RecordingStore(ReactiveMongoDatabaseFactory databases, MongoConverter converter, ReactiveMongoTemplate mongo) {
		this.gridFs = new ReactiveGridFsTemplate(DefaultDataBufferFactory.sharedInstance, databases, converter, BUCKET);
		this.mongo = mongo;
	}

	/**
	 * Stores the content under a new id; what the driver wrote of a content that fails is
	 * deleted, so a refused upload leaves nothing behind.
	 */
	Mono<ObjectId> store(Flux<DataBuffer> content, String filename, String mediaType, Document metadata) {
		return store(new ObjectId(), content, filename, mediaType, metadata);
	}

	Mono<ObjectId> store(ObjectId id, Flux<DataBuffer> content, String filename, String mediaType, Document metadata) {
		GridFsObject<ObjectId, org.reactivestreams.Publisher<DataBuffer>> upload = ReactiveGridFsUpload
			.fromPublisher(content)
			.id(id)
			.filename(filename)
			.contentType(mediaType)
			.metadata(metadata)
			.chunkSize(CHUNK_SIZE)
			.build();
		return this.gridFs.store(upload)
			.thenReturn(id)
			.onErrorResume((failure) -> delete(id).onErrorComplete().then(Mono.error(failure)));
	}

	/**
	 * Deletes the file and every chunk of it, also the chunks of a file whose upload
	 * never finished (it has no entry in {@code recordings.files} yet).
	 */
	Mono<Void> delete(ObjectId id) {
		return this.gridFs.delete(Query.query(Criteria.where("_id").is(id)))
			.onErrorComplete()
			.then(this.mongo.remove(Query.query(Criteria.where("files_id").is(id)), CHUNKS))
			.then();
	}

	Mono<GridFSFile> file(ObjectId id) {
		return this.gridFs.findOne(Query.query(Criteria.where("_id").is(id)));
	}

	/**
	 * The whole file, chunk by chunk.
	 */
	Flux<DataBuffer> read(GridFSFile file) {
		return read(file, 0, file.getLength() - 1);
	}

	/**
	 * The bytes {@code first} to {@code last} (inclusive) of the file, reading only the
	 * chunks that hold them, a few at a time; cancelling the flux closes the cursor.
	 */
	Flux<DataBuffer> read(GridFSFile file, long first, long last) {
		int chunkSize = file.getChunkSize();
		long firstChunk = first / chunkSize;
		long lastChunk = last / chunkSize;
		Query chunks = Query.query(Criteria.where("files_id").is(file.getId()).and("n").gte(firstChunk).lte(lastChunk))
			.with(Sort.by("n"))
			.cursorBatchSize(CHUNKS_PER_BATCH);
		chunks.fields().include("n", "data");
		return this.mongo.find(chunks, Document.class, CHUNKS).map((chunk) -> {
			long n = ((Number) chunk.get("n")).longValue();
			byte[] data = chunk.get("data", Binary.class).getData();
			long start = n * chunkSize;
			int from = (int) Math.max(0, first - start);
			int to = (int) Math.min(data.length, last - start + 1);
			return DefaultDataBufferFactory.sharedInstance.wrap(ByteBuffer.wrap(data, from, to - from).slice());
		});
	}

	/**
	 * The bytes stored for the file so far, for checks that nothing stays of a refused
	 * upload.
	 */
	Mono<Long> storedChunks(ObjectId id) {
		return this.mongo.count(Query.query(Criteria.where("files_id").is(id)), CHUNKS);
	}

}
