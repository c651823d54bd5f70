package de.impulsnetz.practice;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import de.impulsnetz.Members;
import de.impulsnetz.identity.Member;
import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.municipality.Platform;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The permissions matrix: anonymous, member of the same municipality, member of another,
 * editor, admin — for every action on a case in every status. The author is Mia from
 * Kreis Steinfurt.
 */
class PracticeRightsTests {

	private static final PracticeContent CONTENT = PracticeContent.essentials("Titel", "Teaser",
			List.of("kreis-steinfurt"), List.of(Platform.INSTAGRAM), List.of("Video"), MunicipalityKind.KREIS, "Text");

	static Stream<Arguments> matrix() {
		// who, status, read, edit, submit, publish, send back
		return Stream.of(arguments(null, PracticeStatus.DRAFT, false, false, false, false, false),
				arguments(null, PracticeStatus.SUBMITTED, false, false, false, false, false),
				arguments(null, PracticeStatus.PUBLISHED, true, false, false, false, false),
				arguments(Members.STEINFURT, PracticeStatus.DRAFT, true, true, true, false, false),
				arguments(Members.STEINFURT, PracticeStatus.SUBMITTED, true, true, false, false, false),
				arguments(Members.STEINFURT, PracticeStatus.PUBLISHED, true, true, false, false, false),
				arguments(Members.STEINFURT_COLLEAGUE, PracticeStatus.DRAFT, true, true, true, false, false),
				arguments(Members.ALTENA, PracticeStatus.DRAFT, false, false, false, false, false),
				arguments(Members.ALTENA, PracticeStatus.SUBMITTED, false, false, false, false, false),
				arguments(Members.ALTENA, PracticeStatus.PUBLISHED, true, false, false, false, false),
				arguments(Members.EDITOR, PracticeStatus.DRAFT, true, true, true, false, false),
				arguments(Members.EDITOR, PracticeStatus.SUBMITTED, true, true, false, true, true),
				arguments(Members.EDITOR, PracticeStatus.PUBLISHED, true, true, false, false, false),
				// role revoked in Keycloak while logged in
				arguments(Members.EDITOR_REVOKED, PracticeStatus.SUBMITTED, false, false, false, false, false),
				arguments(Members.EDITOR_REVOKED, PracticeStatus.PUBLISHED, true, false, false, false, false),
				arguments(Members.ADMIN, PracticeStatus.SUBMITTED, true, true, false, true, true));
	}

	@ParameterizedTest(name = "{0} on {1}")
	@MethodSource("matrix")
	void whoMayDoWhat(@Nullable Member member, PracticeStatus status, boolean read, boolean edit, boolean submit,
			boolean publish, boolean sendBack) {
		PracticeRights rights = PracticeRights.of(member, practice(status, Set.of("m-steinfurt")));
		assertThat(rights)
			.extracting(PracticeRights::read, PracticeRights::edit, PracticeRights::submit, PracticeRights::publish,
					PracticeRights::sendBack)
			.containsExactly(read, edit, submit, publish, sendBack);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("reviewers")
	void nobodyPublishesAPracticeTheyWrote(Member reviewer) {
		PracticeRights rights = PracticeRights.of(reviewer,
				practice(PracticeStatus.SUBMITTED, Set.of("m-steinfurt", reviewer.id())));
		assertThat(rights.publish()).isFalse();
		assertThat(rights.ownPractice()).isTrue();
		assertThat(rights.sendBack()).isTrue();
	}

	static Stream<Arguments> changesAPublishedCase() {
		// who, read, edit, publish the change, send it back, withdraw or discard it, sees
		// the change and the drafts. The change was saved by Kai (Steinfurt) and by the
		// editor.
		return Stream.of(arguments(null, true, false, false, false, false, false),
				arguments(Members.STEINFURT, true, true, false, false, true, true),
				arguments(Members.STEINFURT_COLLEAGUE, true, true, false, false, true, true),
				arguments(Members.ALTENA, true, false, false, false, false, false),
				arguments(Members.EDITOR, true, true, false, true, true, true),
				arguments(Members.SECOND_EDITOR, true, true, true, true, true, true),
				arguments(Members.ADMIN, true, true, true, true, true, true));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changesAPublishedCase")
	void whoMayDoWhatWithAChangeToAPublishedCase(@Nullable Member member, boolean read, boolean edit, boolean publish,
			boolean sendBack, boolean discard, boolean insider) {
		PracticeRights rights = PracticeRights.of(member, withChange(null));
		assertThat(rights)
			.extracting(PracticeRights::read, PracticeRights::edit, PracticeRights::publish, PracticeRights::sendBack,
					PracticeRights::discardChange, PracticeRights::insider)
			.containsExactly(read, edit, publish, sendBack, discard, insider);
		// A change waits for review as it is saved: nothing to submit.
		assertThat(rights.submit()).isFalse();
	}

	static Stream<Arguments> changeSentBack() {
		// who, submit it again, publish it, send it back, withdraw or discard it
		return Stream.of(arguments(null, false, false, false, false),
				arguments(Members.STEINFURT, true, false, false, true),
				arguments(Members.ALTENA, false, false, false, false),
				arguments(Members.EDITOR, true, false, false, true),
				arguments(Members.SECOND_EDITOR, true, false, false, true),
				arguments(Members.ADMIN, true, false, false, true));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changeSentBack")
	void aChangeSentBackIsTheAuthorsToSubmitAgainAndNobodysToPublish(@Nullable Member member, boolean submit,
			boolean publish, boolean sendBack, boolean discard) {
		Practice practice = withChange("Bitte die Zahlen belegen.");
		assertThat(practice.awaitsReview()).isFalse();
		PracticeRights rights = PracticeRights.of(member, practice);
		assertThat(rights)
			.extracting(PracticeRights::submit, PracticeRights::publish, PracticeRights::sendBack,
					PracticeRights::discardChange)
			.containsExactly(submit, publish, sendBack, discard);
	}

	private static Practice withChange(@Nullable String returnComment) {
		PendingChange change = new PendingChange(CONTENT.withBody("Geändert"), 2,
				Set.of(Members.STEINFURT_COLLEAGUE.id(), Members.EDITOR.id()), Members.EDITOR.id(), Instant.EPOCH,
				returnComment);
		return new Practice("id", "titel", CONTENT, PracticeStatus.PUBLISHED, "m-steinfurt", Set.of("m-steinfurt"),
				null, null, Instant.EPOCH, null, 1, Set.of(1), change, null, null, null, 0L);
	}

	static Stream<Member> reviewers() {
		return Stream.of(Members.EDITOR, Members.ADMIN);
	}

	private static Practice practice(PracticeStatus status, Set<String> contributors) {
		return new Practice("id", "titel", CONTENT, status, "m-steinfurt", contributors, null, null,
				(status == PracticeStatus.PUBLISHED) ? Instant.EPOCH : null, null, 1, Set.of(), null, null, null, null,
				0L);
	}

}
