package de.impulsnetz.talk.watches.web;

import java.util.List;

import de.impulsnetz.identity.AccessRules;

import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Unsubscribing from a series mail needs no login: the token in the link is the proof.
 */
@Component
class SeriesWatchAccessRules implements AccessRules {

	@Override
	public void pages(AuthorizeExchangeSpec pages) {
		// Watching needs a login like every POST; nothing else differs.
	}

	@Override
	public List<String> tokenLinks() {
		return List.of("/benachrichtigungen/impulse/*");
	}

}
