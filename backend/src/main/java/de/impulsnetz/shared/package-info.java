/**
 * The kernel every feature may use: the platform's wall clock
 * ({@link de.impulsnetz.shared.Berlin}) and public address at the root; {@code web} (what
 * pages and the JSON API share: notices, paging, forms, refusals and problem details,
 * page meta), {@code text} (Markdown, its image rules, slugs, word diffs, enum labels),
 * {@code formats} (Atom, iCalendar, CSV) and {@code work} (domain events, copies in
 * memory, workers that take stored jobs under a lease). An open module: every feature may
 * use all of it, and it uses no feature.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, allowedDependencies = {})
package de.impulsnetz.shared;

import org.springframework.modulith.ApplicationModule;
