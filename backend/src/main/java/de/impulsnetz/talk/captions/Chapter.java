package de.impulsnetz.talk.captions;

import java.time.Duration;

/**
 * A chapter of a recording: where it starts and what it is called.
 */
public record Chapter(Duration start, String title) {

	/**
	 * The start as people write it: {@code 12:34}, or {@code 1:02:03} from the first hour
	 * on.
	 */
	public String clock() {
		return Chapters.clock(this.start);
	}

	public long startSeconds() {
		return this.start.toSeconds();
	}

}
