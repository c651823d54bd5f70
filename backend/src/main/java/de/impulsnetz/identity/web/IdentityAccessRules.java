package de.impulsnetz.identity.web;

import java.util.List;

import de.impulsnetz.identity.AccessRules;
import de.impulsnetz.identity.session.BackChannelLogout;
import de.impulsnetz.identity.Role;

import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * The member's own account and the channel form of a municipality need a login (which
 * members may change the channels, {@code ChannelKeeping} decides); registering
 * municipalities is for admins, inviting members for admins and organisers.
 */
@Component
class IdentityAccessRules implements AccessRules {

	@Override
	public void pages(AuthorizeExchangeSpec pages) {
		pages.pathMatchers("/kommunen/neu")
			.hasRole(Role.ADMIN.name())
			.pathMatchers("/kommunen/*/einladen")
			.hasAnyRole(Role.ADMIN.name(), Role.ORGANISER.name())
			.pathMatchers("/konto", "/konto/**", "/kommunen/*/kanaele/bearbeiten")
			.authenticated();
	}

	/**
	 * Keycloak's back-channel logout proves itself by the signed token it posts.
	 */
	@Override
	public List<String> tokenLinks() {
		return List.of(BackChannelLogout.PATH);
	}

}
