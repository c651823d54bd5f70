package de.impulsnetz.talk.integration;

import de.impulsnetz.talk.TalkSeriesRepository;
import de.impulsnetz.municipality.MunicipalityProfileContributor;
import de.impulsnetz.municipality.ProfileEntry;
import reactor.core.publisher.Flux;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Lists the talk series a municipality organises or co-organises on its page.
 */
@Component
@Order(2)
class TalkProfileContributor implements MunicipalityProfileContributor {

	private final TalkSeriesRepository series;

	TalkProfileContributor(TalkSeriesRepository series) {
		this.series = series;
	}

	@Override
	public Flux<ProfileEntry> entriesFor(String municipality) {
		return this.series.findByOrganiserOrCoOrganisers(municipality, municipality)
			.map((found) -> new ProfileEntry("municipality.section.talks", found.title(), "/impulse/" + found.slug(),
					null));
	}

}
