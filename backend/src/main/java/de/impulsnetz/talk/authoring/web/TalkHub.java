package de.impulsnetz.talk.authoring.web;

import java.time.Instant;
import java.util.List;

import de.impulsnetz.talk.publication.MissingForPublication;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkSeries;
import de.impulsnetz.talk.TalkState;

/**
 * What the editing hub shows about a talk besides its form: where it stands and what is
 * missing before it may be published.
 *
 * @param state the state now ({@code ANNOUNCED}, {@code HELD} or {@code PUBLISHED})
 */
record TalkHub(String series, String seriesTitle, String slug, String title, TalkState state, List<Missing> missing) {

	static TalkHub of(TalkSeries series, Talk talk, Instant now, List<MissingForPublication> missing) {
		return new TalkHub(series.slug(), series.title(), talk.slug(), talk.title(), talk.stateAt(now),
				missing.stream().map((item) -> new Missing(item.messageKey(), item.arguments().toArray())).toList());
	}

	public String href() {
		return "/impulse/" + this.series + "/" + this.slug;
	}

	public boolean isPublished() {
		return this.state == TalkState.PUBLISHED;
	}

	/**
	 * One thing missing for publication, with the arguments of its message.
	 */
	record Missing(String messageKey, Object[] arguments) {

	}

}
