package de.impulsnetz.talk.summary.web;

import de.impulsnetz.identity.AccessRules;

import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * The summary's pages are for the series' organisers: a reader who is not logged in is
 * sent to the login first. Which members may, {@code TalkAccess} decides.
 */
@Component
class SummaryAccessRules implements AccessRules {

	@Override
	public void pages(AuthorizeExchangeSpec pages) {
		pages.pathMatchers("/impulse/*/*/zusammenfassung", "/impulse/*/*/zusammenfassung/**").authenticated();
	}

}
