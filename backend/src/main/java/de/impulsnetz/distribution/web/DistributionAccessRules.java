package de.impulsnetz.distribution.web;

import java.util.List;

import de.impulsnetz.identity.AccessRules;

import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * The lists are for their people only: every page needs a login (the service then asks
 * the list). Unsubscribing from a list's mails needs none: the secret in the link is the
 * proof, and mail programs post to it for one-click unsubscribing (RFC 8058).
 */
@Component
class DistributionAccessRules implements AccessRules {

	@Override
	public void pages(AuthorizeExchangeSpec pages) {
		pages.pathMatchers("/verteiler/**").authenticated();
	}

	@Override
	public List<String> tokenLinks() {
		return List.of("/benachrichtigungen/verteiler/*");
	}

}
