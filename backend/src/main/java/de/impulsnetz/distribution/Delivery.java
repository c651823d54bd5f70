package de.impulsnetz.distribution;

/**
 * How a person gets a list's messages by mail; on the page she reads them all anyway.
 */
public enum Delivery {

	/** Each message in a mail of its own, as soon as it is written (the default). */
	EVERY,
	/** One mail a week with the week's messages. */
	DIGEST,
	/** No mail. */
	NONE

}
