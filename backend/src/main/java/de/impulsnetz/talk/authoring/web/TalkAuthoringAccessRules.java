package de.impulsnetz.talk.authoring.web;

import de.impulsnetz.identity.AccessRules;

import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * The organisers' forms need a login to be shown at all; who may use them
 * {@link de.impulsnetz.talk.TalkAccess} decides.
 */
@Component
class TalkAuthoringAccessRules implements AccessRules {

	@Override
	public void pages(AuthorizeExchangeSpec pages) {
		pages.pathMatchers("/impulse/neu", "/impulse/*/neu", "/impulse/*/bearbeiten", "/impulse/*/*/bearbeiten")
			.authenticated();
	}

}
