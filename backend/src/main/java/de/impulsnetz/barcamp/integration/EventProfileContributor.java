package de.impulsnetz.barcamp.integration;

import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.municipality.MunicipalityProfileContributor;
import de.impulsnetz.municipality.ProfileEntry;
import de.impulsnetz.shared.Berlin;
import reactor.core.publisher.Flux;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Lists the events a municipality organises on its page.
 */
@Component
@Order(3)
class EventProfileContributor implements MunicipalityProfileContributor {

	private final EventCalendar calendar;

	EventProfileContributor(EventCalendar calendar) {
		this.calendar = calendar;
	}

	@Override
	public Flux<ProfileEntry> entriesFor(String municipality) {
		return this.calendar.organisedBy(municipality)
			.map((event) -> new ProfileEntry("municipality.section.events", event.title(),
					"/veranstaltungen/" + event.slug(), Berlin.local(event.startsAt()).toLocalDate()));
	}

}
