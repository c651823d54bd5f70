package de.impulsnetz.talk;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.spy;

/**
 * Lists and public feeds show only the talks {@link TalkAccess#forReading} lets the
 * reader see: a members-only talk is left out for anonymous readers, in order and without
 * an error.
 */
class TalkAccessReadableTests {

	private final TalkAccess access = spy(new TalkAccess(null));

	@Test
	void leavesOutTheTalksAReaderMayNotSee() {
		Talk open = talk("offen");
		Talk membersOnly = talk("nur-mitglieder");
		Talk gone = talk("geloescht");
		doReturn(Mono.just(open)).when(this.access).forReading("reihe", "offen", null);
		doReturn(Mono.error(new TalkDenied("talk.denied.membersOnly"))).when(this.access)
			.forReading("reihe", "nur-mitglieder", null);
		doReturn(Mono.error(new TalkNotFound("reihe/geloescht"))).when(this.access)
			.forReading("reihe", "geloescht", null);

		StepVerifier.create(this.access.readableByAnyone(Flux.just(membersOnly, open, gone)))
			.expectNext(open)
			.verifyComplete();
	}

	private static Talk talk(String slug) {
		return new Talk(slug, "reihe", slug, slug, Instant.parse("2027-03-01T09:00:00Z"), 45, List.of(), "", null, null,
				null);
	}

}
