package de.impulsnetz.identity;

import de.impulsnetz.municipality.MunicipalityProfileContributor;
import de.impulsnetz.municipality.ProfileEntry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Lists who belongs to a municipality on its page, for logged-in members only: names of
 * colleagues are not for the public web.
 */
@Component
@Order(10)
class MemberProfileContributor implements MunicipalityProfileContributor {

	private static final Log logger = LogFactory.getLog(MemberProfileContributor.class);

	private final CurrentMember currentMember;

	private final MunicipalityOrganizations organizations;

	MemberProfileContributor(CurrentMember currentMember, MunicipalityOrganizations organizations) {
		this.currentMember = currentMember;
		this.organizations = organizations;
	}

	@Override
	public Flux<ProfileEntry> entriesFor(String municipality) {
		return this.currentMember.get()
			.flatMapMany((member) -> this.organizations.memberNames(municipality))
			.map((name) -> new ProfileEntry("municipality.section.members", name, null, null))
			.onErrorResume((error) -> {
				logger.info("Members of " + municipality + " not listed: " + error.getMessage());
				return Flux.empty();
			});
	}

}
