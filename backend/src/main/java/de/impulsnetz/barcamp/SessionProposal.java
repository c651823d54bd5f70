package de.impulsnetz.barcamp;

import java.time.Instant;

import de.impulsnetz.shared.ImportStamp;
import de.impulsnetz.shared.Importable;
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
 */
@Document("sessionProposals")
@CompoundIndex(name = "event_slug", def = "{'event': 1, 'slug': 1}", unique = true)
public record SessionProposal(@Id @Nullable String id, String event, String slug, String title, String description,
		ProposalFormat format, String proposer, @Nullable ImportStamp importStamp, @Nullable Instant editedAt,
		@Version @Nullable Long version) implements Importable {

	SessionProposal withIdentityOf(SessionProposal existing) {
		return new SessionProposal(existing.id, this.event, this.slug, this.title, this.description, this.format,
				this.proposer, this.importStamp, existing.editedAt, existing.version);
	}

}
