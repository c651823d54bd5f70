package de.impulsnetz.talk.authoring;

import de.impulsnetz.talk.TalkState;

/**
 * The step does not fit the talk's state, e.g. announcing a published talk, or setting
 * "veröffentlicht" by hand instead of publishing.
 */
public class WrongTalkState extends RuntimeException {

	private final TalkState state;

	WrongTalkState(TalkState state) {
		super("Not possible in state " + state);
		this.state = state;
	}

	public TalkState state() {
		return this.state;
	}

}
