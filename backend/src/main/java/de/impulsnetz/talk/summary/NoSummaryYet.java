package de.impulsnetz.talk.summary;

/**
 * Publishing was asked for a talk whose summary nobody has saved yet.
 */
public class NoSummaryYet extends RuntimeException {

	NoSummaryYet(String talk) {
		super("No summary saved for " + talk);
	}

}
