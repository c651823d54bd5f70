/**
 * Tiny kernel every feature may use: Markdown rendering, slugs, time, the public address
 * and workers that take stored jobs under a lease.
 */
@ApplicationModule(allowedDependencies = {})
package de.impulsnetz.shared;

import org.springframework.modulith.ApplicationModule;
