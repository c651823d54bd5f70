package de.impulsnetz.practice;

import de.impulsnetz.media.ImageUsage;
import de.impulsnetz.media.Images;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The images Praxisbeispiele show: in the text readers see, in drafts, in a change that
 * waits for review, and in every version that was ever published (the version history
 * shows them).
 */
@Component
class PracticeImages implements ImageUsage {

	private final PracticeRepository practices;

	private final PracticeRevisionRepository revisions;

	PracticeImages(PracticeRepository practices, PracticeRevisionRepository revisions) {
		this.practices = practices;
		this.revisions = revisions;
	}

	@Override
	public Flux<String> referencedImages() {
		return this.practices.findAll().concatMap(this::texts).concatMapIterable(Images::referencedIn);
	}

	private Flux<String> texts(Practice practice) {
		Flux<String> published = this.revisions.findByPracticeIdOrderByNumberDesc(practice.id())
			.filter((revision) -> practice.publishedRevisions().contains(revision.number()))
			.map((revision) -> revision.content().body());
		return Flux.concat(Mono.just(practice.content().body()),
				Mono.justOrEmpty(practice.pending()).map((pending) -> pending.content().body()), published);
	}

}
