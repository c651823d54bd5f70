/**
 * Impulse: expert talk series (Impulsreihen), their talks, speakers and published
 * summaries.
 */
@ApplicationModule(allowedDependencies = { "shared", "content", "identity", "mail", "media", "municipality", "search" })
package de.impulsnetz.talk;

import org.springframework.modulith.ApplicationModule;
