/**
 * The site around the features: layout and navigation, start page, legal pages, error
 * pages, languages and security headers.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "barcamp", "practice", "talk" })
package de.impulsnetz.site;

import org.springframework.modulith.ApplicationModule;
