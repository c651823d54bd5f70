package de.impulsnetz.barcamp.integration;

import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.barcamp.EventKind;
import de.impulsnetz.talk.EventCheck;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Tells the talk module whether a talk may name an event for its registration: only an
 * existing event of kind {@link EventKind#IMPULS_TERMIN}. Talk authoring asks here on
 * every save of a changed link, from the pages and the API alike.
 */
@Component
class ImpulsTerminCheck implements EventCheck {

	private final EventCalendar calendar;

	ImpulsTerminCheck(EventCalendar calendar) {
		this.calendar = calendar;
	}

	@Override
	public Mono<Boolean> isImpulsTermin(String slug) {
		return this.calendar.bySlug(slug).map((event) -> event.kind() == EventKind.IMPULS_TERMIN).defaultIfEmpty(false);
	}

}
