package de.impulsnetz.talk.recording;

import java.util.Arrays;
import java.util.Objects;

import de.impulsnetz.talk.recording.RecordingJob.Status;
import de.impulsnetz.talk.recording.RecordingJob.StoredMedia;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import static de.impulsnetz.talk.recording.RecordingJob.STATUS;
import static de.impulsnetz.talk.recording.RecordingJob.UPLOADED_AT;

/**
 * Deletes what a newer recording of a talk has replaced: jobs uploaded before the newest
 * finished one, with their originals and versions. Until a new upload is processed the
 * previous recording stays, and so does a failed upload's original.
 */
@Component
class RecordingCleanup {

	private final ReactiveMongoTemplate mongo;

	private final RecordingStore store;

	RecordingCleanup(ReactiveMongoTemplate mongo, RecordingStore store) {
		this.mongo = mongo;
		this.store = store;
	}

	Mono<Void> replaceOlder(String series, String talk) {
		Query newestDone = Query.query(forTalk(series, talk).and(STATUS).is(Status.FERTIG))
			.with(Sort.by(Sort.Direction.DESC, UPLOADED_AT));
		return this.mongo.findOne(newestDone, RecordingJob.class).flatMapMany((current) -> {
			Query older = Query.query(forTalk(series, talk).and(STATUS)
				.in(Status.FERTIG, Status.FEHLER)
				.and(UPLOADED_AT)
				.lt(current.uploadedAt()));
			return this.mongo.find(older, RecordingJob.class);
		})
			.concatMap(
					(old) -> deleteOutputs(old.web(), old.audio(), old.poster()).then(this.store.delete(old.original()))
						.then(this.mongo.remove(Query.query(Criteria.where("_id").is(old.id())), RecordingJob.class)))
			.then();
	}

	Mono<Void> deleteOutputs(@Nullable StoredMedia... outputs) {
		return Flux.fromStream(Arrays.stream(outputs).filter(Objects::nonNull))
			.concatMap((media) -> this.store.delete(media.file()))
			.then();
	}

	static Criteria forTalk(String series, String talk) {
		return Criteria.where("series").is(series).and("talk").is(talk);
	}

}
