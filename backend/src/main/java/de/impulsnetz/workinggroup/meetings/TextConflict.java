package de.impulsnetz.workinggroup.meetings;

import de.impulsnetz.shared.web.Refusal;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * Someone else saved the agenda or minutes since the writer started; the writer's text is
 * kept by the caller, and {@link #current()} is what was saved in between.
 */
public final class TextConflict extends RuntimeException implements Refusal {

	private final Meeting current;

	private final Meeting.Part part;

	public TextConflict(Meeting current, Meeting.Part part) {
		super("Meeting text changed in between");
		this.current = current;
		this.part = part;
	}

	public Meeting current() {
		return this.current;
	}

	public Meeting.Part part() {
		return this.part;
	}

	@Override
	public HttpStatusCode refusalStatus() {
		return HttpStatus.CONFLICT;
	}

	@Override
	public String messageKey() {
		return "workinggroup.minutes.conflict";
	}

}
