package de.impulsnetz.workinggroup.web;

import de.impulsnetz.identity.AccessRules;

import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * The forms and the list of open Maßnahmen need a login; who in the group may do what
 * there, {@code GroupRights} decides in the services.
 */
@Component
class WorkingGroupAccessRules implements AccessRules {

	@Override
	public void pages(AuthorizeExchangeSpec pages) {
		pages
			.pathMatchers("/arbeitsgruppen/neu", "/arbeitsgruppen/*/bearbeiten", "/arbeitsgruppen/*/massnahmen",
					"/arbeitsgruppen/*/treffen/neu", "/arbeitsgruppen/*/treffen/*/bearbeiten")
			.authenticated();
	}

}
