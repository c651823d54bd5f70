package de.impulsnetz.talk.captions.web;

import de.impulsnetz.identity.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * The captions page is for organisers: it asks for a login before it is shown; which
 * talks a member may edit, {@code TalkAccess} decides.
 */
@Component
class CaptionsAccessRules implements AccessRules {

	@Override
	public void pages(AuthorizeExchangeSpec pages) {
		pages.pathMatchers(HttpMethod.GET, "/impulse/*/*/untertitel").authenticated();
	}

}
