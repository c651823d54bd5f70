package de.impulsnetz.content;

import java.util.List;
import java.util.Map;

/**
 * What one import run did: per file its outcome, and the files that could not be
 * imported.
 */
public record ContentImportReport(Map<String, ImportOutcome> outcomes, List<Problem> problems) {

	public ContentImportReport {
		outcomes = Map.copyOf(outcomes);
		problems = List.copyOf(problems);
	}

	public long count(ImportOutcome outcome) {
		return this.outcomes.values().stream().filter(outcome::equals).count();
	}

	/**
	 * A file that was skipped, with the line to look at and the reason.
	 */
	public record Problem(String file, int line, String reason) {

		@Override
		public String toString() {
			return this.file + ":" + this.line + ": " + this.reason;
		}

	}

}
