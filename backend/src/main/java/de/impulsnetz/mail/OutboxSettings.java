package de.impulsnetz.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the outbox and its worker ({@code impulsnetz.mail.*}).
 *
 * @param from the sender of every mail
 * @param poll how often the worker looks for due mails besides being woken by new ones
 * @param lock how long a claimed mail stays with one instance; after that another
 * instance may send it (longer than a send can take: see the mail timeouts)
 * @param keep how long finished mails stay in the outbox before they are deleted
 * @param retry when failed mails are tried again
 */
@ConfigurationProperties("impulsnetz.mail")
record OutboxSettings(@DefaultValue("noreply@impulsnetz.example") String from, @DefaultValue("5s") Duration poll,
		@DefaultValue("2m") Duration lock, @DefaultValue("30d") Duration keep, @DefaultValue Retry retry) {

	/**
	 * Exponential backoff: {@code first}, twice that, four times, ... at most
	 * {@code max}, for {@code attempts} attempts in all (the defaults: about a day).
	 */
	record Retry(@DefaultValue("30s") Duration first, @DefaultValue("1h") Duration max,
			@DefaultValue("30") int attempts) {

	}

	/**
	 * How long to wait after the given number of failed attempts.
	 */
	Duration delayAfter(int failedAttempts) {
		int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
		Duration delay = this.retry.first().multipliedBy(1L << doublings);
		return (delay.compareTo(this.retry.max()) > 0) ? this.retry.max() : delay;
	}

}
