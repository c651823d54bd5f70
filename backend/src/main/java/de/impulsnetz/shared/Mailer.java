package de.impulsnetz.shared;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text notification mails through Spring Mail, off the event loop. Without a
 * configured mail server ({@code spring.mail.host}) the log says what would have been
 * sent; a failing mail is logged and does not stop the others.
 */
@Component
public class Mailer {

	private static final Logger logger = LoggerFactory.getLogger(Mailer.class);

	private final ObjectProvider<JavaMailSender> mail;

	private final String from;

	Mailer(ObjectProvider<JavaMailSender> mail,
			@Value("${impulsnetz.mail.from:noreply@impulsnetz.example}") String from) {
		this.mail = mail;
		this.from = from;
	}

	/**
	 * A mail to one person.
	 *
	 * @param unsubscribe the link that ends such mails, also sent as
	 * {@code List-Unsubscribe}
	 */
	public record Mail(String to, String subject, String text, @Nullable String unsubscribe) {

	}

	/**
	 * Sends the mails in the background.
	 */
	public void send(Flux<Mail> mails) {
		JavaMailSender sender = this.mail.getIfAvailable();
		mails.publishOn(Schedulers.boundedElastic()).subscribe((mail) -> {
			if (sender == null) {
				logger.info("No mail server configured (spring.mail.host): not sent to {}: {}", mail.to(),
						mail.subject());
				return;
			}
			try {
				var message = sender.createMimeMessage();
				MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
				helper.setFrom(this.from);
				helper.setTo(mail.to());
				helper.setSubject(mail.subject());
				helper.setText(mail.text());
				if (mail.unsubscribe() != null) {
					message.setHeader("List-Unsubscribe", "<" + mail.unsubscribe() + ">");
				}
				sender.send(message);
			}
			catch (Exception ex) {
				logger.warn("Mail to {} not sent: {}", mail.to(), ex.getMessage());
			}
		}, (failure) -> logger.warn("Notifications failed", failure));
	}

}
