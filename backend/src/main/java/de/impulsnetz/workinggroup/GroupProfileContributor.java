package de.impulsnetz.workinggroup;

import de.impulsnetz.municipality.MunicipalityProfileContributor;
import de.impulsnetz.municipality.ProfileEntry;
import reactor.core.publisher.Flux;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The working groups a municipality is a member of, on its page: public, like the groups'
 * member lists.
 */
@Component
@Order(4)
class GroupProfileContributor implements MunicipalityProfileContributor {

	private final WorkingGroups groups;

	GroupProfileContributor(WorkingGroups groups) {
		this.groups = groups;
	}

	@Override
	public Flux<ProfileEntry> entriesFor(String municipality) {
		return this.groups.withMember(municipality)
			.map((group) -> new ProfileEntry("municipality.section.workinggroups", group.title(),
					"/arbeitsgruppen/" + group.slug(), null));
	}

}
