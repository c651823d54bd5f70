/**
 * Where data lives: the embedded MongoDB-wire server used when no {@code MONGODB_URI} is
 * set, and creation of the indexes the documents declare.
 */
@ApplicationModule(allowedDependencies = {})
package de.impulsnetz.storage;

import org.springframework.modulith.ApplicationModule;
