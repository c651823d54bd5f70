/**
 * Images in members' write-ups: stored in GridFS, accepted only when their bytes are a
 * PNG, JPEG, GIF or WebP image within the size and pixel limits, and served from the
 * site's own origin with their alt text kept alongside.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity" })
package de.impulsnetz.media;

import org.springframework.modulith.ApplicationModule;
