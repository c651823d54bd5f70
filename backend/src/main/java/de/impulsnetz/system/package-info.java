/**
 * Cross-cutting configuration of the application as a whole: the clock, scheduling, the
 * web server's event loops, how domain events reach their listeners, and static assets
 * under content-hashed names.
 */
@ApplicationModule(allowedDependencies = { "shared" })
package de.impulsnetz.system;

import org.springframework.modulith.ApplicationModule;
