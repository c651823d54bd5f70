package de.impulsnetz.practice;

import java.util.List;
import java.util.UUID;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.Members;
import de.impulsnetz.practice.authoring.PracticeAuthoring;
import de.impulsnetz.practice.authoring.PracticeAuthoringTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The images Praxisbeispiele show, so that the nightly clean-up of uploads keeps them:
 * the published text, a draft, a change in review and every version ever published; not a
 * draft's earlier versions.
 */
@IntegrationTest
class PracticeImagesTests {

	@Autowired
	PracticeAuthoring authoring;

	@Autowired
	PracticeImages images;

	@Test
	void publishedTextsDraftsWaitingChangesAndPublishedVersionsKeepTheirImages() {
		String first = name();
		String change = name();
		String earlierDraft = name();
		String draftNow = name();
		PracticeContent content = PracticeAuthoringTests.content("Fall mit Bildern " + first,
				List.of("kreis-steinfurt"));
		Practice created = this.authoring.create(Members.STEINFURT, withImage(content, first)).block();
		this.authoring.submit(created.slug(), Members.STEINFURT).block();
		Practice published = this.authoring.publish(created.slug(), Members.EDITOR, 1).block();
		this.authoring.update(created.slug(), Members.STEINFURT, withImage(content, change), published.version())
			.block();
		Practice draft = this.authoring
			.create(Members.STEINFURT,
					withImage(PracticeAuthoringTests.content("Entwurf mit Bild " + earlierDraft,
							List.of("kreis-steinfurt")), earlierDraft))
			.block();
		this.authoring.update(draft.slug(), Members.STEINFURT, withImage(draft.content(), draftNow), draft.version())
			.block();

		assertThat(referenced()).contains(first, change, draftNow).doesNotContain(earlierDraft);

		this.authoring.publish(created.slug(), Members.SECOND_EDITOR, 2).block();
		assertThat(referenced()).as("the first version stays in the history").contains(first, change);
	}

	private List<String> referenced() {
		return this.images.referencedImages().collectList().block();
	}

	private static PracticeContent withImage(PracticeContent content, String image) {
		return PracticeAuthoringTests.withBody(content, "Text\n\n![Ein Bild](/medien/" + image + ")\n");
	}

	private static String name() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 22) + ".png";
	}

}
