package de.impulsnetz.content;

import java.time.Instant;

/**
 * Where a document came from: the content file, the SHA-256 of its text and when it was
 * imported.
 *
 * @param file path relative to {@code content/}
 * @param hash SHA-256 of the file's text, hex
 * @param importedAt when the document was last written from the file
 */
public record ImportStamp(String file, String hash, Instant importedAt) {

}
