package de.impulsnetz.practice.watches.web;

import de.impulsnetz.practice.watches.Watch;

/**
 * A watch as the unsubscribe page shows it.
 */
record WatchView(Watch.Kind kind, String target, String token) {

	static WatchView of(Watch watch) {
		return new WatchView(watch.kind(), watch.target(), watch.token());
	}

}
