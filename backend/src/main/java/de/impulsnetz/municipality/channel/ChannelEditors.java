package de.impulsnetz.municipality.channel;

import reactor.core.publisher.Mono;

/**
 * Who is asking: implemented by identity from the login or the API's bearer token, whose
 * roles and municipality follow Keycloak.
 */
public interface ChannelEditors {

	/**
	 * The logged-in member, or empty for anonymous readers.
	 */
	Mono<ChannelEditor> current();

}
