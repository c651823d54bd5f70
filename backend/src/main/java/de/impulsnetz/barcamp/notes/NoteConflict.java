package de.impulsnetz.barcamp.notes;

/**
 * Someone else saved the notes since the member started editing; the member's text is
 * kept by the caller.
 */
public final class NoteConflict extends RuntimeException {

	private final SessionNote current;

	public NoteConflict(SessionNote current) {
		super("Notes changed in between");
		this.current = current;
	}

	public SessionNote current() {
		return this.current;
	}

}
