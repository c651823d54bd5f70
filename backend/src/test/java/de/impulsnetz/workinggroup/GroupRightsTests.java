package de.impulsnetz.workinggroup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.Role;
import de.impulsnetz.workinggroup.actions.ActionStatus;
import de.impulsnetz.workinggroup.actions.Actions;
import de.impulsnetz.workinggroup.actions.GroupAction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of {@link GroupRights} and the order of open Maßnahmen, without the
 * application.
 */
class GroupRightsTests {

	private static final Instant NOW = Instant.parse("2027-01-01T10:00:00Z");

	private static final WorkingGroup GROUP = new WorkingGroup("1", "ag", "AG", "Zweck", "kreis-steinfurt",
			List.of("kreis-steinfurt", "stadt-rheine"),
			List.of(new GroupPerson("c", "Cora", "stadt-rheine", true, NOW, null),
					new GroupPerson("p", "Paul", "kreis-steinfurt", false, NOW, null)),
			List.of("stadt-greven"), List.of("eva@example.org"),
			List.of(new JoinRequest("r", "Rena", "stadt-rheine", null, NOW, null)), null, null, 3L);

	@Test
	void readersSeeThePublicPartOnly() {
		assertThat(GroupRights.of(null, GROUP)).isEqualTo(new GroupRights(false, false, false, false, false, false));
	}

	@Test
	void coordinatorsCoordinateAndPeopleInTheGroupWrite() {
		assertThat(GroupRights.of(member("c", "stadt-rheine"), GROUP))
			.isEqualTo(new GroupRights(true, true, true, false, false, true));
		assertThat(GroupRights.of(member("p", "kreis-steinfurt"), GROUP))
			.isEqualTo(new GroupRights(true, true, false, false, false, true));
	}

	@Test
	void membersOfMemberMunicipalitiesAskOnceAndInvitedPeopleJoin() {
		assertThat(GroupRights.of(member("x", "stadt-rheine"), GROUP).requestToJoin()).isTrue();
		assertThat(GroupRights.of(member("r", "stadt-rheine"), GROUP).requestToJoin()).isFalse();
		assertThat(GroupRights.of(member("y", "stadt-altena"), GROUP).requestToJoin()).isFalse();
		assertThat(GroupRights.of(member("g", "stadt-greven"), GROUP).acceptInvitation()).isTrue();
		Member eva = new Member("e", "eva", "Eva", "Eva@Example.org", "stadt-altena", Set.of(Role.MEMBER));
		assertThat(GroupRights.of(eva, GROUP).acceptInvitation()).isTrue();
	}

	@Test
	void adminsMayWhatCoordinatorsMayAndOrganisersFoundGroups() {
		Member admin = new Member("a", "ada", "Ada", null, "stadt-altena", Set.of(Role.MEMBER, Role.ADMIN));
		Member organiser = new Member("o", "olga", "Olga", null, "stadt-altena", Set.of(Role.MEMBER, Role.ORGANISER));
		assertThat(GroupRights.of(admin, GROUP)).isEqualTo(new GroupRights(true, true, true, false, false, false));
		assertThat(GroupRights.of(organiser, GROUP).coordinate()).isFalse();
		assertThat(GroupRights.mayCreate(organiser)).isTrue();
		assertThat(GroupRights.mayCreate(member("m", "stadt-rheine"))).isFalse();
	}

	@Test
	void openActionsComeOverdueFirstThenByDueDateThenUndated() {
		List<GroupAction> actions = new ArrayList<>(List.of(action("undated", null, 1), action("later", 30, 2),
				action("long overdue", -30, 3), action("overdue", -1, 4), action("undated earlier", null, 0)));
		actions.sort(Actions.OPEN_ORDER);
		assertThat(actions).extracting(GroupAction::text)
			.containsExactly("long overdue", "overdue", "later", "undated earlier", "undated");
		LocalDate today = LocalDate.of(2027, 1, 1);
		assertThat(actions.get(0).isOverdue(today)).isTrue();
		assertThat(actions.get(2).isOverdue(today)).isFalse();
	}

	private static GroupAction action(String text, Integer dueInDays, int createdMinute) {
		return new GroupAction(text, "ag", "treffen", text, null, null, null,
				(dueInDays != null) ? LocalDate.of(2027, 1, 1).plusDays(dueInDays) : null, ActionStatus.OFFEN, null,
				NOW.plusSeconds(60L * createdMinute), null, null);
	}

	private static Member member(String id, String municipality) {
		return new Member(id, id, id, null, municipality, Set.of(Role.MEMBER));
	}

}
