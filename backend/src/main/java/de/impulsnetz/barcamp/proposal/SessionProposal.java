package de.impulsnetz.barcamp.proposal;

import de.impulsnetz.barcamp.Equipment;
import java.time.Instant;
import java.util.Set;

import de.impulsnetz.content.ImportStamp;
import de.impulsnetz.content.Importable;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A participant's proposal for a barcamp session.
 *
 * @param event slug of the event
 * @param slug unique within the event
 * @param description Markdown
 * @param proposer who proposed it, as shown on the pinboard (a person or an organisation)
 * @param proposerId the proposing member; {@code null} for proposals from content files
 * or from people without an account
 * @param municipality the proposer's municipality, for "Als Praxisbeispiel übernehmen"
 * @param length in slots
 * @param needs equipment the session needs
 * @param recordingAllowed whether recordings and photos are fine with the proposer
 * @param addedBy the organiser who entered it on someone's behalf
 */
@Document("sessionProposals")
@CompoundIndex(name = "event_slug", def = "{'event': 1, 'slug': 1}", unique = true)
public record SessionProposal(@Id @Nullable String id, String event, String slug, String title, String description,
		ProposalFormat format, String proposer, @Nullable String proposerId, @Nullable String municipality, int length,
		Set<Equipment> needs, boolean recordingAllowed, ProposalStatus status, @Nullable String addedBy,
		@Nullable Instant proposedAt, @Nullable ImportStamp importStamp, @Nullable Instant editedAt,
		@Version @Nullable Long version) implements Importable {

	public SessionProposal {
		needs = (needs != null) ? Set.copyOf(needs) : Set.of();
		length = Math.max(1, length);
		status = (status != null) ? status : ProposalStatus.OPEN;
	}

	/**
	 * A new open proposal made in the app.
	 * @param proposerId {@code null} when an organiser proposes on someone's behalf
	 * @param addedBy the member who entered it
	 */
	public static SessionProposal proposed(String event, String slug, ProposalContent content, String proposer,
			@Nullable String proposerId, @Nullable String municipality, String addedBy, Instant now) {
		return new SessionProposal(null, event, slug, content.title(), content.description(), content.format(),
				proposer, proposerId, municipality, content.length(), content.needs(), content.recordingAllowed(),
				ProposalStatus.OPEN, addedBy, now, null, null, null);
	}

	public boolean isOpen() {
		return this.status == ProposalStatus.OPEN;
	}

	public boolean isProposedBy(String memberId) {
		return memberId.equals(this.proposerId);
	}

	public SessionProposal withIdentityOf(SessionProposal existing) {
		return new SessionProposal(existing.id, this.event, this.slug, this.title, this.description, this.format,
				this.proposer, existing.proposerId, existing.municipality, this.length, this.needs,
				this.recordingAllowed, existing.status, existing.addedBy, existing.proposedAt, this.importStamp,
				existing.editedAt, existing.version);
	}

	public SessionProposal with(ProposalContent content, Instant now) {
		return new SessionProposal(this.id, this.event, this.slug, content.title(), content.description(),
				content.format(), this.proposer, this.proposerId, this.municipality, content.length(), content.needs(),
				content.recordingAllowed(), this.status, this.addedBy, this.proposedAt, this.importStamp, now,
				this.version);
	}

	public SessionProposal withdrawn(Instant now) {
		return new SessionProposal(this.id, this.event, this.slug, this.title, this.description, this.format,
				this.proposer, this.proposerId, this.municipality, this.length, this.needs, this.recordingAllowed,
				ProposalStatus.WITHDRAWN, this.addedBy, this.proposedAt, this.importStamp, now, this.version);
	}

}
