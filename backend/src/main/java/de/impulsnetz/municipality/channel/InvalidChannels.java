package de.impulsnetz.municipality.channel;

import java.util.List;

/**
 * A save was refused because channels in it are not in order; nothing was saved.
 */
public class InvalidChannels extends RuntimeException {

	private final List<ChannelProblem> problems;

	InvalidChannels(List<ChannelProblem> problems) {
		super("Channels not in order: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<ChannelProblem> problems() {
		return this.problems;
	}

}
