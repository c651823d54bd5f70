/**
 * Praxisbeispiele: best-practice write-ups by municipalities for municipalities. The root
 * holds the write-up itself (content, status, revisions, who may do what), the catalog
 * readers see and the one filter of page, API and feeds; {@code authoring},
 * {@code comments}, {@code feedback} and {@code watches} hang on it. A case page lists
 * the Impulse on its topic through the talk module's {@code discovery}.
 */
@ApplicationModule(allowedDependencies = { "shared", "content", "identity", "mail", "media", "municipality", "search",
		"talk :: discovery" })
package de.impulsnetz.practice;

import org.springframework.modulith.ApplicationModule;
