package de.impulsnetz.media;

/**
 * An upload that is not stored, with the reason the member is told.
 */
public final class ImageRejected extends RuntimeException {

	/**
	 * Why; each has a German message {@code media.rejected.<REASON>}.
	 */
	public enum Reason {

		/** No file chosen, or an empty one. */
		EMPTY,

		/** Bigger than {@link Images#MAX_BYTES}. */
		TOO_LARGE,

		/** The bytes are no PNG, JPEG, GIF or WebP image, whatever the name says. */
		UNSUPPORTED_TYPE,

		/** The header looks like an image but is cut off or broken. */
		UNREADABLE,

		/** More pixels than {@link ImageBytes#MAX_PIXELS}. */
		TOO_MANY_PIXELS,

		/** No alternative text for people who cannot see the image. */
		NO_ALT,

		/** An alternative text longer than {@link Images#MAX_ALT}. */
		ALT_TOO_LONG,

		/**
		 * The member has uploaded as many images, or as many bytes, in the last day as
		 * they may.
		 */
		DAILY_LIMIT

	}

	private final Reason reason;

	public ImageRejected(Reason reason) {
		super("Image rejected: " + reason);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/**
	 * The message key for the member.
	 */
	public String messageKey() {
		return "media.rejected." + this.reason.name();
	}

}
