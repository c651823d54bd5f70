/**
 * Full-text search over all content with Apache Lucene: German analysis, snippets, typo
 * tolerance. Features contribute documents through
 * {@link de.impulsnetz.search.SearchSource} and announce changes with
 * {@link de.impulsnetz.search.SearchableChanged}.
 */
@ApplicationModule(allowedDependencies = {})
package de.impulsnetz.search;

import org.springframework.modulith.ApplicationModule;
