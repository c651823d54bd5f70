/**
 * The directory of participating municipalities and institutions and their social media
 * channels.
 */
@ApplicationModule(allowedDependencies = { "shared", "content" })
package de.impulsnetz.municipality;

import org.springframework.modulith.ApplicationModule;
