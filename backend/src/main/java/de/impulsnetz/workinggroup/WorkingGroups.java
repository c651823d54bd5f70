package de.impulsnetz.workinggroup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import de.impulsnetz.content.ContentImports;
import de.impulsnetz.content.ImportOutcome;
import de.impulsnetz.identity.Member;
import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.search.SearchableChanged;
import de.impulsnetz.shared.text.FreeSlugs;
import de.impulsnetz.shared.text.Slugs;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The working groups: founding one, reading them, editing title and purpose with a
 * version check, and the import of {@code content/arbeitsgruppen}.
 */
@Service
public class WorkingGroups {

	private final ReactiveMongoTemplate mongo;

	private final MunicipalityDirectory municipalities;

	private final FreeSlugs slugs;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WorkingGroups(ReactiveMongoTemplate mongo, MunicipalityDirectory municipalities, FreeSlugs slugs,
			ApplicationEventPublisher events, Clock clock) {
		this.mongo = mongo;
		this.municipalities = municipalities;
		this.slugs = slugs;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Every group, by title.
	 */
	public Flux<WorkingGroup> all() {
		return this.mongo.find(new Query().with(Sort.by("title")), WorkingGroup.class);
	}

	/**
	 * The group; {@link GroupNotFound} when there is none.
	 */
	public Mono<WorkingGroup> bySlug(String slug) {
		return this.mongo.findOne(Query.query(Criteria.where("slug").is(slug)), WorkingGroup.class)
			.switchIfEmpty(Mono.error(() -> new GroupNotFound("workinggroup.notFound")));
	}

	/**
	 * The group, for a coordinator (or admin); {@link GroupDenied} for anyone else.
	 */
	public Mono<WorkingGroup> toCoordinate(Member member, String slug) {
		return bySlug(slug).filter((group) -> GroupRights.of(member, group).coordinate())
			.switchIfEmpty(Mono.error(() -> new GroupDenied("workinggroup.denied.coordinate")));
	}

	/**
	 * The group, for the people in it (and admins), who read and write its members-only
	 * part; {@link GroupDenied} for anyone else.
	 */
	public Mono<WorkingGroup> toWorkIn(Member member, String slug) {
		return bySlug(slug).filter((group) -> GroupRights.of(member, group).write())
			.switchIfEmpty(Mono.error(() -> new GroupDenied("workinggroup.denied.notInGroup")));
	}

	/**
	 * The groups a municipality is a member of, by title.
	 */
	public Flux<WorkingGroup> withMember(String municipality) {
		return this.mongo.find(Query.query(Criteria.where("municipalities").is(municipality)).with(Sort.by("title")),
				WorkingGroup.class);
	}

	/**
	 * The municipalities of the group, in the group's order, for showing their names.
	 */
	public Flux<Municipality> municipalitiesOf(WorkingGroup group) {
		return this.municipalities.bySlugs(group.municipalities())
			.collectMap(Municipality::slug)
			.flatMapIterable(
					(bySlug) -> group.municipalities().stream().filter(bySlug::containsKey).map(bySlug::get).toList());
	}

	/**
	 * Founds a group (organisers and admins); the founder is its first coordinator. The
	 * coordinating municipality is a member municipality too.
	 */
	public Mono<WorkingGroup> create(Member founder, NewGroup draft) {
		if (!GroupRights.mayCreate(founder)) {
			return Mono.error(new GroupDenied("workinggroup.denied.create"));
		}
		if (draft.title().isEmpty() || draft.title().length() > NewGroup.MAX_TITLE) {
			return Mono.error(new GroupDenied(HttpStatus.BAD_REQUEST, "workinggroup.invalid.title"));
		}
		if (draft.purpose().length() > NewGroup.MAX_PURPOSE) {
			return Mono.error(new GroupDenied(HttpStatus.BAD_REQUEST, "workinggroup.invalid.purpose"));
		}
		Set<String> members = new LinkedHashSet<>();
		members.add(draft.coordinator());
		members.addAll(draft.members());
		return this.municipalities.bySlugs(members).count().flatMap((known) -> {
			if (draft.coordinator().isEmpty() || known != members.size()) {
				return Mono
					.<WorkingGroup>error(new GroupDenied(HttpStatus.BAD_REQUEST, "workinggroup.invalid.municipality"));
			}
			GroupPerson first = new GroupPerson(founder.id(), founder.name(), founder.municipality(), true,
					this.clock.instant(), founder.email());
			String base = Slugs.of(draft.title());
			return this.slugs.insert(WorkingGroup.class,
					("neu".equals(base) || base.isEmpty()) ? "arbeitsgruppe" : base,
					(slug) -> this.mongo.insert(new WorkingGroup(null, slug, draft.title(), draft.purpose(),
							draft.coordinator(), new ArrayList<>(members), List.of(first), List.of(), List.of(),
							List.of(), null, this.clock.instant(), null)));
		}).doOnNext(this::changed);
	}

	/**
	 * Saves a coordinator's title and purpose, based on the version they started from; a
	 * group changed in between fails with {@link OptimisticLockingFailureException}.
	 */
	public Mono<WorkingGroup> describe(Member coordinator, String slug, String title, String purpose, long basedOn) {
		String newTitle = (title != null) ? title.strip() : "";
		String newPurpose = (purpose != null) ? purpose.strip() : "";
		return toCoordinate(coordinator, slug).flatMap((group) -> {
			if (newTitle.isEmpty() || newTitle.length() > NewGroup.MAX_TITLE) {
				return Mono.error(new GroupDenied(HttpStatus.BAD_REQUEST, "workinggroup.invalid.title"));
			}
			if (newPurpose.length() > NewGroup.MAX_PURPOSE) {
				return Mono.error(new GroupDenied(HttpStatus.BAD_REQUEST, "workinggroup.invalid.purpose"));
			}
			if (group.version() == null || group.version() != basedOn) {
				return Mono.error(new OptimisticLockingFailureException("group changed"));
			}
			return this.mongo.save(group.withPurpose(newTitle, newPurpose, this.clock.instant()));
		}).doOnNext(this::changed);
	}

	public Mono<ImportOutcome> importFromContent(WorkingGroup candidate) {
		return ContentImports
			.upsert(this.mongo.findOne(Query.query(Criteria.where("slug").is(candidate.slug())), WorkingGroup.class),
					candidate, (existing, imported) -> imported.withIdentityOf(existing), this.mongo::save)
			.doOnNext((outcome) -> changed(candidate));
	}

	/**
	 * Tells the search index that the group's public part may have changed.
	 */
	public void changed(WorkingGroup group) {
		changed(group.slug());
	}

	public void changed(@Nullable String slug) {
		if (slug != null) {
			this.events.publishEvent(new SearchableChanged(GroupSearchSource.KIND, slug));
		}
	}

}
