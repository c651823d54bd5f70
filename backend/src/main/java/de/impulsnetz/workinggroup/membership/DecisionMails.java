package de.impulsnetz.workinggroup.membership;

import java.util.Locale;

import de.impulsnetz.mail.Mail;
import de.impulsnetz.mail.Outbox;
import de.impulsnetz.shared.PublicUrl;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a person how the coordinators answered their request to join, through the mail
 * outbox: accepted with the link to the group page, declined in a short polite mail
 * without a reason (as Decidim does; Discourse stays silent on a decline, which leaves a
 * colleague who asked wondering). Both are replies to the person's own request, so they
 * carry no unsubscribe link.
 */
@Component
class DecisionMails {

	private final Outbox outbox;

	private final MessageSource messages;

	private final PublicUrl publicUrl;

	DecisionMails(Outbox outbox, MessageSource messages, PublicUrl publicUrl) {
		this.outbox = outbox;
		this.messages = messages;
		this.publicUrl = publicUrl;
	}

	@EventListener
	Mono<Void> onDecided(JoinRequestDecided decided) {
		String email = decided.request().email();
		if (email == null || email.isBlank()) {
			return Mono.empty();
		}
		String key = decided.accepted() ? "workinggroup.mail.accepted" : "workinggroup.mail.declined";
		Object[] args = { decided.title(), decided.request().name(),
				this.publicUrl.resolve("/arbeitsgruppen/" + decided.group()) };
		return this.outbox
			.enqueue(Flux.just(new Mail(email, german(key + ".subject", args), german(key + ".text", args), null)));
	}

	private String german(String key, Object[] args) {
		return this.messages.getMessage(key, args, Locale.GERMAN);
	}

}
