package de.impulsnetz.mail;

import de.impulsnetz.mail.OutboxMail.Status;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands one mail to the mail server through Spring Mail, on a thread that may block.
 * Without a configured mail server ({@code spring.mail.host}) the log says what would
 * have been sent.
 */
@Component
class MailDelivery {

	private static final Logger logger = LoggerFactory.getLogger(MailDelivery.class);

	private final ObjectProvider<JavaMailSender> server;

	private final String from;

	MailDelivery(ObjectProvider<JavaMailSender> server, OutboxSettings settings) {
		this.server = server;
		this.from = settings.from();
	}

	/**
	 * {@link Status#SENT}, or {@link Status#SKIPPED} without a mail server; fails with a
	 * {@link org.springframework.mail.MailException} when the server does not take it.
	 */
	Mono<Status> send(Mail mail) {
		JavaMailSender sender = this.server.getIfAvailable();
		if (sender == null) {
			logger.info("No mail server configured (spring.mail.host): not sent to {}: {}", mail.to(), mail.subject());
			return Mono.just(Status.SKIPPED);
		}
		return Mono.fromCallable(() -> {
			sender.send(message(sender, mail));
			return Status.SENT;
		}).subscribeOn(Schedulers.boundedElastic());
	}

	/**
	 * Hands the mails to the mail server on one connection, in order: a connection per
	 * mail costs more than the mail itself. Completes with an outcome per mail:
	 * {@link Status#SENT} ({@link Status#SKIPPED} without a mail server), or why the
	 * server did not take it or it could not be built.
	 */
	Mono<List<Outcome>> sendAll(List<Mail> mails) {
		JavaMailSender sender = this.server.getIfAvailable();
		if (sender == null) {
			return Flux.fromIterable(mails).concatMap(this::send).map(Outcome::done).collectList();
		}
		return Mono.fromCallable(() -> sendAll(sender, mails)).subscribeOn(Schedulers.boundedElastic());
	}

	private List<Outcome> sendAll(JavaMailSender sender, List<Mail> mails) {
		List<Outcome> outcomes = new ArrayList<>();
		Map<MimeMessage, Integer> built = new IdentityHashMap<>();
		for (Mail mail : mails) {
			try {
				built.put(message(sender, mail), outcomes.size());
				outcomes.add(Outcome.done(Status.SENT));
			}
			catch (MailException ex) {
				outcomes.add(Outcome.failed(ex));
			}
		}
		if (built.isEmpty()) {
			return outcomes;
		}
		try {
			sender.send(built.keySet().toArray(new MimeMessage[0]));
		}
		catch (MailSendException ex) {
			ex.getFailedMessages().forEach((message, failure) -> {
				Integer index = built.get(message);
				if (index != null) {
					outcomes.set(index, Outcome.failed(failure));
				}
			});
		}
		catch (MailException ex) {
			built.values().forEach((index) -> outcomes.set(index, Outcome.failed(ex)));
		}
		return outcomes;
	}

	/**
	 * What became of one mail: a status, or the failure.
	 */
	record Outcome(@Nullable Status status, @Nullable Exception failure) {

		static Outcome done(Status status) {
			return new Outcome(status, null);
		}

		static Outcome failed(Exception failure) {
			return new Outcome(null, failure);
		}

	}

	private MimeMessage message(JavaMailSender sender, Mail mail) {
		MimeMessage message = sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(mail.to());
			helper.setSubject(mail.subject());
			helper.setText(mail.text());
			if (mail.unsubscribe() != null) {
				message.setHeader("List-Unsubscribe", "<" + mail.unsubscribe() + ">");
				// RFC 8058: every unsubscribe link of the app ends the mails on a POST
				// without login or CSRF token (identity.AccessRules#tokenLinks), so mail
				// programs may offer their one-click button.
				message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
			}
		}
		catch (MessagingException ex) {
			throw new MailPreparationException(ex);
		}
		return message;
	}

}
