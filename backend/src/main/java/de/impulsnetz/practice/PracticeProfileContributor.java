package de.impulsnetz.practice;

import de.impulsnetz.municipality.MunicipalityProfileContributor;
import de.impulsnetz.municipality.ProfileEntry;
import de.impulsnetz.shared.Berlin;
import reactor.core.publisher.Flux;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Lists a municipality's published Praxisbeispiele on its page.
 */
@Component
@Order(1)
class PracticeProfileContributor implements MunicipalityProfileContributor {

	private final PracticeCatalog catalog;

	PracticeProfileContributor(PracticeCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public Flux<ProfileEntry> entriesFor(String municipality) {
		return this.catalog.publishedBy(municipality)
			.map((practice) -> new ProfileEntry("municipality.section.practices", practice.title(),
					"/praxis/" + practice.slug(), Berlin.local(practice.publishedAt()).toLocalDate()));
	}

}
