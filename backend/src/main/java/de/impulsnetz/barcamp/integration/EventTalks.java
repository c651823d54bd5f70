package de.impulsnetz.barcamp.integration;

import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventKind;
import java.util.List;

import de.impulsnetz.identity.Member;
import de.impulsnetz.talk.discovery.TalkLink;
import de.impulsnetz.talk.discovery.TalkLinks;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The talks an event is the registration for: only an Impuls-Termin has any, and each
 * reader sees those she may read. The event page and the events API both ask here.
 */
@Service
public class EventTalks {

	private final TalkLinks talks;

	EventTalks(TalkLinks talks) {
		this.talks = talks;
	}

	public Mono<List<TalkLink>> at(Event event, @Nullable Member reader) {
		return (event.kind() == EventKind.IMPULS_TERMIN) ? this.talks.atEvent(event.slug(), reader)
				: Mono.just(List.of());
	}

}
