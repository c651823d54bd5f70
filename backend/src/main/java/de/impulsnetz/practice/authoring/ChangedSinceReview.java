package de.impulsnetz.practice.authoring;

/**
 * The authors saved again after the editor opened the version they meant to publish;
 * publishing it would put text online that no editor has seen.
 */
public class ChangedSinceReview extends RuntimeException {

	private final int reviewed;

	private final int current;

	ChangedSinceReview(int reviewed, int current) {
		super("Reviewed revision " + reviewed + " but revision " + current + " is in review now");
		this.reviewed = reviewed;
		this.current = current;
	}

	public int reviewed() {
		return this.reviewed;
	}

	public int current() {
		return this.current;
	}

}
