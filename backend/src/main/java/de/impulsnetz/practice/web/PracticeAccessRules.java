package de.impulsnetz.practice.web;

import java.util.List;

import de.impulsnetz.identity.AccessRules;
import de.impulsnetz.identity.Role;

import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Writing and the work in progress need a login; the export of the whole knowledge base
 * is for admins. Unsubscribing from a notification mail needs no login: the token in the
 * link is the proof.
 */
@Component
class PracticeAccessRules implements AccessRules {

	@Override
	public void pages(AuthorizeExchangeSpec pages) {
		pages.pathMatchers("/praxis/export.zip")
			.hasRole(Role.ADMIN.name())
			.pathMatchers("/praxis/neu", "/praxis/in-arbeit", "/praxis/*/bearbeiten")
			.authenticated();
	}

	@Override
	public List<String> tokenLinks() {
		return List.of("/benachrichtigungen/*");
	}

}
