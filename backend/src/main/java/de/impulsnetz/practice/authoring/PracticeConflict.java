package de.impulsnetz.practice.authoring;

import de.impulsnetz.practice.Practice;

/**
 * Someone else changed the practice since the member opened it; their save is refused so
 * that neither text is lost. Carries what is stored now.
 */
public class PracticeConflict extends RuntimeException {

	private final Practice current;

	PracticeConflict(Practice current) {
		super("Practice " + current.slug() + " was changed in the meantime (now version " + current.version() + ")");
		this.current = current;
	}

	public Practice current() {
		return this.current;
	}

}
