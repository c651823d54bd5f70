package de.impulsnetz.content;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A document that may be created from a file in {@code content/} and later edited in the
 * app.
 */
public interface Importable {

	String slug();

	@Nullable ImportStamp importStamp();

	/**
	 * When the document was last changed in the app (not by an import), or {@code null}.
	 */
	@Nullable Instant editedAt();

}
