package de.impulsnetz.talk;

import de.impulsnetz.talk.publication.Consent;
import de.impulsnetz.talk.publication.Licence;
import java.time.Instant;
import java.util.List;

import de.impulsnetz.Members;
import de.impulsnetz.identity.Member;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reads, edits and plays a talk: organisers of the organising or a co-organising
 * municipality and admins edit; members-only talks are for signed-in members; the
 * recording only once published and agreed by every speaker.
 */
class TalkRightsTests {

	private static final TalkSeries ALTENA_WITH_STEINFURT = new TalkSeries(null, "reihe", "Reihe", "stadt-altena",
			List.of("kreis-steinfurt"), "", null, null, null);

	private static final TalkSeries ALTENA_ALONE = new TalkSeries(null, "reihe", "Reihe", "stadt-altena", "", null,
			null, null);

	private static final Consent AGREED = new Consent(true, true, Licence.CC_BY_4_0);

	@Test
	void organisersOfTheOrganisingOrACoOrganisingMunicipalityAndAdminsEdit() {
		Talk talk = talk(Visibility.PUBLIC, TalkState.ANNOUNCED, AGREED);

		assertThat(TalkRights.of(Members.ORGANISER, ALTENA_ALONE, talk).edit()).isTrue();
		assertThat(TalkRights.of(Members.OTHER_ORGANISER, ALTENA_ALONE, talk).edit()).isFalse();
		assertThat(TalkRights.of(Members.OTHER_ORGANISER, ALTENA_WITH_STEINFURT, talk).edit()).isTrue();
		assertThat(TalkRights.of(Members.ADMIN, ALTENA_ALONE, talk).edit()).isTrue();
		assertThat(TalkRights.of(Members.ALTENA, ALTENA_ALONE, talk).edit()).as("a member without the role").isFalse();
		assertThat(TalkRights.of(null, ALTENA_ALONE, talk).edit()).isFalse();
	}

	@Test
	void membersOnlyTalksAreForSignedInMembers() {
		Talk talk = talk(Visibility.MEMBERS, TalkState.PUBLISHED, AGREED);

		assertThat(TalkRights.of(null, ALTENA_ALONE, talk).read()).isFalse();
		assertThat(TalkRights.of(null, ALTENA_ALONE, talk).listen()).isFalse();
		assertThat(TalkRights.of(Members.STEINFURT, ALTENA_ALONE, talk).read()).isTrue();
		assertThat(TalkRights.of(Members.STEINFURT, ALTENA_ALONE, talk).listen()).isTrue();
		assertThat(TalkRights.of(null, ALTENA_ALONE, talk(Visibility.PUBLIC, TalkState.PUBLISHED, AGREED)).read())
			.isTrue();
	}

	@Test
	void theRecordingIsForReadersOnlyOncePublishedWithEverySpeakersConsent() {
		Member reader = Members.STEINFURT;

		assertThat(TalkRights.of(reader, ALTENA_ALONE, talk(Visibility.PUBLIC, TalkState.HELD, AGREED)).listen())
			.isFalse();
		assertThat(TalkRights.of(reader, ALTENA_ALONE, talk(Visibility.PUBLIC, TalkState.PUBLISHED, AGREED)).listen())
			.isTrue();
		Consent withdrawn = new Consent(true, false, Licence.CC_BY_4_0);
		Talk published = talk(Visibility.PUBLIC, TalkState.PUBLISHED, withdrawn);
		assertThat(TalkRights.of(reader, ALTENA_ALONE, published).listen()).isFalse();
		assertThat(TalkRights.of(Members.ORGANISER, ALTENA_ALONE, published).listen())
			.as("organisers keep the recording")
			.isTrue();
	}

	@Test
	void anAnnouncedTalkCountsAsHeldOnceItsEndHasPassed() {
		Talk talk = talk(Visibility.PUBLIC, TalkState.ANNOUNCED, AGREED);

		assertThat(talk.stateAt(talk.startsAt().plusSeconds(59 * 60))).isEqualTo(TalkState.ANNOUNCED);
		assertThat(talk.stateAt(talk.startsAt().plusSeconds(60 * 60))).isEqualTo(TalkState.HELD);
		assertThat(talk(Visibility.PUBLIC, TalkState.PUBLISHED, AGREED).stateAt(Instant.MAX))
			.isEqualTo(TalkState.PUBLISHED);
	}

	@Test
	void editedSpeakersKeepTheirConsentByNameAndNewOnesStartWithNone() {
		Talk talk = talk(Visibility.PUBLIC, TalkState.HELD, AGREED);
		TalkContent edited = new TalkContent("Neu", talk.startsAt(), 60,
				List.of(new Speaker("Erika Muster", "Uni"), new Speaker("Neue Person", null)), "", null, null);

		Talk saved = talk.withContent(edited, Instant.now());

		assertThat(saved.speakers()).extracting(Speaker::consent).containsExactly(AGREED, Consent.NONE);
		assertThat(saved.everySpeakerAgreed()).isFalse();
	}

	private static Talk talk(Visibility visibility, TalkState state, Consent consent) {
		return new Talk(null, "reihe", "vortrag", "Vortrag", Instant.parse("2026-01-10T09:00:00Z"), 60,
				List.of(new Speaker("Erika Muster", "Uni", null, consent)), "", null, state, visibility, "", null, null,
				null);
	}

}
