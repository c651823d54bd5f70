/**
 * Tiny kernel every feature may use: Markdown rendering, slugs and time.
 */
@ApplicationModule(allowedDependencies = {})
package de.impulsnetz.shared;

import org.springframework.modulith.ApplicationModule;
