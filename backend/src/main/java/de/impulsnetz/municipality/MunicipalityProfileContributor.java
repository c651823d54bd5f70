package de.impulsnetz.municipality;

import reactor.core.publisher.Flux;

/**
 * Implemented by features that have something to show on a municipality's page. Lets the
 * directory show practices and events without depending on those features (they depend on
 * it). Sections appear in the contributors' {@code @Order}.
 */
public interface MunicipalityProfileContributor {

	Flux<ProfileEntry> entriesFor(String municipality);

}
