package de.impulsnetz.talk.captions;

/**
 * An upload that cannot be a talk's slides; the reason names the German message.
 */
public class SlidesRejected extends RuntimeException {

	private final Reason reason;

	private final long limit;

	SlidesRejected(Reason reason) {
		this(reason, 0);
	}

	SlidesRejected(Reason reason, long limit) {
		super(reason.name());
		this.reason = reason;
		this.limit = limit;
	}

	public Reason reason() {
		return this.reason;
	}

	/**
	 * Message key under {@code talk.captions.slides.rejected.*}.
	 */
	public String messageKey() {
		return "talk.captions.slides.rejected." + this.reason.name().toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * The size limit in MB, the argument of {@link Reason#TOO_LARGE}'s message.
	 */
	public long limitMegabytes() {
		return this.limit / 1024 / 1024;
	}

	public enum Reason {

		EMPTY, NOT_PDF, TOO_LARGE, BROKEN, ENCRYPTED

	}

}
