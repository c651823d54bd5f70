package de.impulsnetz.workinggroup;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.search.SearchDocument;
import de.impulsnetz.search.SearchSource;
import de.impulsnetz.workinggroup.meetings.Meeting;
import de.impulsnetz.workinggroup.meetings.Meetings;
import de.impulsnetz.workinggroup.meetings.ScheduledMeeting;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Working groups for the search index: only their public part — title, purpose, member
 * municipalities, meetings and published minutes. People, agendas, minutes drafts and
 * Maßnahmen never reach the index, so no reader finds what they may not see.
 */
@Component
class GroupSearchSource implements SearchSource {

	static final String KIND = "arbeitsgruppe";

	private final ReactiveMongoTemplate mongo;

	private final WorkingGroups groups;

	private final Meetings meetings;

	GroupSearchSource(ReactiveMongoTemplate mongo, WorkingGroups groups, Meetings meetings) {
		this.mongo = mongo;
		this.groups = groups;
		this.meetings = meetings;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Flux<SearchDocument> all() {
		return this.groups.all().concatMap(this::document);
	}

	@Override
	public Mono<SearchDocument> one(String key) {
		return this.groups.bySlug(key)
			.onErrorResume(GroupNotFound.class, (none) -> Mono.empty())
			.flatMap(this::document);
	}

	@Override
	public Flux<String> changedSince(Instant since) {
		Query groups = Query.query(new Criteria().orOperator(Criteria.where("editedAt").gt(since),
				Criteria.where("importStamp.importedAt").gt(since)));
		Query meetings = Query.query(Criteria.where("updatedAt").gt(since));
		return Flux
			.merge(this.mongo.find(groups, WorkingGroup.class).map(WorkingGroup::slug),
					this.mongo.find(meetings, Meeting.class).map(Meeting::group))
			.distinct();
	}

	private Mono<SearchDocument> document(WorkingGroup group) {
		return Mono
			.zip(this.groups.municipalitiesOf(group).map(Municipality::name).collectList(),
					this.meetings.of(group.slug()).collectList())
			.map((all) -> {
				List<ScheduledMeeting> meetings = all.getT2();
				String minutes = meetings.stream()
					.filter((scheduled) -> scheduled.meeting().minutesPublished())
					.map((scheduled) -> scheduled.event().title() + "\n\n" + scheduled.meeting().minutes())
					.collect(Collectors.joining("\n\n"));
				String titles = meetings.stream()
					.map((scheduled) -> scheduled.event().title())
					.distinct()
					.collect(Collectors.joining("\n"));
				Instant date = (group.editedAt() != null) ? group.editedAt()
						: (group.importStamp() != null) ? group.importStamp().importedAt() : Instant.EPOCH;
				return new SearchDocument(KIND, group.slug(), group.title(), group.summary(), all.getT1(),
						group.purpose() + "\n\n" + titles + "\n\n" + minutes, "/arbeitsgruppen/" + group.slug(), date);
			});
	}

}
