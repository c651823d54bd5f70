package de.impulsnetz.barcamp.registration;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.mail.Mail;
import de.impulsnetz.mail.Outbox;
import de.impulsnetz.shared.Berlin;
import de.impulsnetz.shared.PublicUrl;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a person on the waiting list that a seat is theirs now.
 */
@Component
class WaitingListMails {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy, HH:mm", Locale.GERMAN);

	private final EventCalendar calendar;

	private final Outbox outbox;

	private final MessageSource messages;

	private final String baseUrl;

	WaitingListMails(EventCalendar calendar, Outbox outbox, MessageSource messages, PublicUrl baseUrl) {
		this.calendar = calendar;
		this.outbox = outbox;
		this.messages = messages;
		this.baseUrl = baseUrl.base();
	}

	@EventListener
	Mono<Void> onPromoted(RegistrationPromoted promoted) {
		Registration registration = promoted.registration();
		if (registration.email() == null) {
			return Mono.empty();
		}
		return this.outbox.enqueue(this.calendar.bySlug(promoted.event()).flatMapMany((event) -> {
			Object[] args = { event.title(), DATE.format(Berlin.local(event.startsAt())), event.venue().name(),
					this.baseUrl + "/veranstaltungen/" + event.slug() };
			String subject = this.messages.getMessage("barcamp.mail.promoted.subject", args, Locale.GERMAN);
			String text = this.messages.getMessage("barcamp.mail.promoted.text", args, Locale.GERMAN);
			return Flux.just(new Mail(registration.email(), subject, text, null));
		}));
	}

}
