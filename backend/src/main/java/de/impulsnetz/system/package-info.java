/**
 * Cross-cutting configuration of the application as a whole: the clock, scheduling, the
 * web server's event loops, and how domain events reach their listeners.
 */
@ApplicationModule(allowedDependencies = { "shared" })
package de.impulsnetz.system;

import org.springframework.modulith.ApplicationModule;
