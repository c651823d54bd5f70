package de.impulsnetz.workinggroup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import de.impulsnetz.content.ImportStamp;
import de.impulsnetz.content.Importable;
import de.impulsnetz.identity.Member;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An inter-municipal working group (Arbeitsgruppe).
 *
 * @param purpose Markdown; public
 * @param coordinator slug of the coordinating municipality
 * @param municipalities slugs of the member municipalities, the coordinating one first
 * @param people who is in the group; members-only
 * @param invitedMunicipalities municipalities invited whose members have not accepted yet
 * @param invitedEmails people invited by their e-mail address (lower case)
 * @param requests open requests to join
 */
@Document("workingGroups")
public record WorkingGroup(@Id @Nullable String id, @Indexed(unique = true) String slug, String title, String purpose,
		String coordinator, List<String> municipalities, List<GroupPerson> people, List<String> invitedMunicipalities,
		List<String> invitedEmails, List<JoinRequest> requests, @Nullable ImportStamp importStamp,
		@Nullable Instant editedAt, @Version @Nullable Long version) implements Importable {

	public WorkingGroup {
		municipalities = (municipalities != null) ? List.copyOf(municipalities) : List.of();
		people = (people != null) ? List.copyOf(people) : List.of();
		invitedMunicipalities = (invitedMunicipalities != null) ? List.copyOf(invitedMunicipalities) : List.of();
		invitedEmails = (invitedEmails != null) ? List.copyOf(invitedEmails) : List.of();
		requests = (requests != null) ? List.copyOf(requests) : List.of();
	}

	public Optional<GroupPerson> person(String memberId) {
		return this.people.stream().filter((person) -> person.memberId().equals(memberId)).findFirst();
	}

	public boolean isCoordinator(String memberId) {
		return person(memberId).map(GroupPerson::coordinator).orElse(false);
	}

	public List<GroupPerson> coordinators() {
		return this.people.stream().filter(GroupPerson::coordinator).toList();
	}

	public boolean hasRequestFrom(String memberId) {
		return this.requests.stream().anyMatch((request) -> request.memberId().equals(memberId));
	}

	public boolean isInvited(Member member) {
		return (member.municipality() != null && this.invitedMunicipalities.contains(member.municipality()))
				|| (member.email() != null && this.invitedEmails.contains(normalisedEmail(member.email())));
	}

	/**
	 * The purpose's first paragraph, shortened, for lists and search results.
	 */
	public String summary() {
		String first = this.purpose.strip().split("\\n\\s*\\n", 2)[0].replaceAll("[#*_`>]", "").strip();
		return (first.length() > 300) ? first.substring(0, 300) + "…" : first;
	}

	public static String normalisedEmail(String email) {
		return email.strip().toLowerCase(java.util.Locale.ROOT);
	}

	WorkingGroup withPurpose(String title, String purpose, Instant now) {
		return new WorkingGroup(this.id, this.slug, title, purpose, this.coordinator, this.municipalities, this.people,
				this.invitedMunicipalities, this.invitedEmails, this.requests, this.importStamp, now, this.version);
	}

	WorkingGroup withIdentityOf(WorkingGroup existing) {
		return new WorkingGroup(existing.id, this.slug, this.title, this.purpose, this.coordinator,
				union(this.municipalities, existing.municipalities), existing.people, existing.invitedMunicipalities,
				existing.invitedEmails, existing.requests, this.importStamp, existing.editedAt, existing.version);
	}

	private static List<String> union(List<String> first, List<String> second) {
		return java.util.stream.Stream.concat(first.stream(), second.stream()).distinct().toList();
	}

}
