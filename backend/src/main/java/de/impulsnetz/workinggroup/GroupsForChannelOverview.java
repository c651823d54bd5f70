package de.impulsnetz.workinggroup;

import java.util.Set;

import de.impulsnetz.municipality.channel.MunicipalityGroups;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The working groups as a filter of the regional channel overview: which municipalities
 * belong to a group is public, as on the group's own page.
 */
@Component
class GroupsForChannelOverview implements MunicipalityGroups {

	private final WorkingGroups groups;

	GroupsForChannelOverview(WorkingGroups groups) {
		this.groups = groups;
	}

	@Override
	public Flux<Group> groups() {
		return this.groups.all().map((group) -> new Group(group.slug(), group.title()));
	}

	@Override
	public Mono<Set<String>> members(String group) {
		return this.groups.bySlug(group)
			.map((found) -> Set.copyOf(found.municipalities()))
			.onErrorResume(GroupNotFound.class, (notFound) -> Mono.empty())
			.defaultIfEmpty(Set.of());
	}

}
