package de.impulsnetz.talk;

import reactor.core.publisher.Mono;

/**
 * Whether a slug names an event of kind Impuls-Termin, for the registration link of a
 * talk. Implemented where events live; without such a bean any well-formed slug is
 * accepted.
 */
public interface EventCheck {

	Mono<Boolean> isImpulsTermin(String slug);

}
