package de.impulsnetz.talk.api;

import de.impulsnetz.talk.TalkState;

/**
 * A talk's state as the API names it.
 */
enum ApiState {

	ANGEKUENDIGT(TalkState.ANNOUNCED), STATTGEFUNDEN(TalkState.HELD), VEROEFFENTLICHT(TalkState.PUBLISHED);

	private final TalkState state;

	ApiState(TalkState state) {
		this.state = state;
	}

	TalkState state() {
		return this.state;
	}

	static ApiState of(TalkState state) {
		for (ApiState named : values()) {
			if (named.state == state) {
				return named;
			}
		}
		throw new IllegalArgumentException(state.name());
	}

}
