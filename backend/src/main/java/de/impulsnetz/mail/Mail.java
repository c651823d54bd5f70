package de.impulsnetz.mail;

import org.jspecify.annotations.Nullable;

/**
 * A plain-text mail to one person.
 *
 * @param unsubscribe the link that ends such mails, also sent as {@code List-Unsubscribe}
 */
public record Mail(String to, String subject, String text, @Nullable String unsubscribe) {

}
