package de.impulsnetz.municipality.channel;

import java.util.Set;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Groups of municipalities the channel overview can be filtered by, such as the
 * Arbeitsgruppen: implemented by the feature that keeps them (this module does not depend
 * on it). Without an implementation the overview offers no such filter.
 */
public interface MunicipalityGroups {

	/**
	 * The groups a reader may filter by, for the filter's choices.
	 */
	Flux<Group> groups();

	/**
	 * The slugs of the municipalities in the group; empty when there is no such group.
	 */
	Mono<Set<String>> members(String group);

	/**
	 * One choice of the filter.
	 *
	 * @param key what the address carries ({@code ?arbeitsgruppe=key})
	 */
	record Group(String key, String name) {

	}

}
