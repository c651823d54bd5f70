/**
 * Mail that is never lost: notification mails wait as documents in the outbox until a
 * worker has handed them to the mail server, retrying with backoff.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity" })
package de.impulsnetz.mail;

import org.springframework.modulith.ApplicationModule;
