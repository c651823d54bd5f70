package de.impulsnetz.barcamp.web;

import de.impulsnetz.identity.AccessRules;

import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Forms, the participant list, the personal plan and the plan editor need a login; which
 * member may do what there (organiser of the event, registered participant) the services
 * decide.
 */
@Component
class BarcampAccessRules implements AccessRules {

	@Override
	public void pages(AuthorizeExchangeSpec pages) {
		pages
			.pathMatchers("/veranstaltungen/neu", "/veranstaltungen/*/bearbeiten", "/veranstaltungen/*/vorschlagen",
					"/veranstaltungen/*/sessions/*/bearbeiten", "/veranstaltungen/*/teilnehmende",
					"/veranstaltungen/*/teilnehmende.csv", "/veranstaltungen/*/mein-plan",
					"/veranstaltungen/*/plan/bearbeiten", "/veranstaltungen/*/teilnahme-absagen")
			.authenticated();
	}

}
