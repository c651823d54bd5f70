package de.impulsnetz.talk.recording;

/**
 * An upload that is not taken: too large, or no recording by its bytes.
 */
public class RecordingRefused extends RuntimeException {

	private final Reason reason;

	RecordingRefused(Reason reason) {
		super(reason.messageKey());
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/**
	 * Why, with the message key the page and the API's problem detail show.
	 */
	public enum Reason {

		TOO_LARGE("talk.recording.refused.tooLarge"), UNSUPPORTED("talk.recording.refused.unsupported"),
		EMPTY("talk.recording.refused.empty");

		private final String messageKey;

		Reason(String messageKey) {
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

}
