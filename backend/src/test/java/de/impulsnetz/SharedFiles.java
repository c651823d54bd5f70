package de.impulsnetz;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files outside the repository that tests read, such as the public C3VOC schemas in
 * {@code ../shared/schemas}: found next to the repository (or any folder above the
 * working directory), or where {@code IMPULSNETZ_SHARED_DIR} points. Missing files fail
 * the test, never skip it.
 */
public final class SharedFiles {

	private SharedFiles() {
	}

	public static Path resolve(String relative) {
		String configured = System.getenv("IMPULSNETZ_SHARED_DIR");
		if (configured != null && Files.exists(Path.of(configured, relative))) {
			return Path.of(configured, relative);
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared").resolve(relative);
			if (Files.exists(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("Cannot find shared/" + relative + " in a folder above "
				+ Path.of("").toAbsolutePath() + "; set IMPULSNETZ_SHARED_DIR to the shared folder");
	}

}
