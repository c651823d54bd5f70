package de.impulsnetz.identity;

import java.util.List;

import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;

/**
 * A feature's rules for who may open its pages, declared next to its controllers. The
 * site's security configuration applies every feature's rules before its own defaults:
 * reading is public, every {@code POST} needs a login and a CSRF token. A feature only
 * names what differs from that, e.g. forms that need a login to be shown at all, or pages
 * only admins see.
 */
public interface AccessRules {

	/**
	 * Adds the feature's rules for pages ({@code pathMatchers(...).authenticated()},
	 * {@code hasRole(...)}).
	 */
	void pages(AuthorizeExchangeSpec pages);

	/**
	 * Addresses whose {@code POST} needs neither a login nor a CSRF token because the
	 * secret token in the address itself is the proof, e.g. the unsubscribe link of a
	 * notification mail.
	 */
	default List<String> tokenLinks() {
		return List.of();
	}

}
