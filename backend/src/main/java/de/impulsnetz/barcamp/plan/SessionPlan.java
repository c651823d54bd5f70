package de.impulsnetz.barcamp.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The session plan of an event: which proposal runs where and when, cells the organisers
 * blocked, and the last suggestion waiting to be accepted. Two organisers editing at once
 * are kept apart by the version.
 *
 * @param event the event's slug
 */
@Document("sessionPlans")
public record SessionPlan(@Id String event, List<Placement> placements, List<Cell> blocked,
		@Nullable Suggestion suggestion, @Nullable Instant updatedAt, @Version @Nullable Long version) {

	public SessionPlan {
		placements = (placements != null) ? List.copyOf(placements) : List.of();
		blocked = (blocked != null) ? List.copyOf(blocked) : List.of();
	}

	static SessionPlan empty(String event) {
		return new SessionPlan(event, List.of(), List.of(), null, null, null);
	}

	public Optional<Placement> placementOf(String proposalId) {
		return this.placements.stream().filter((placement) -> placement.proposalId().equals(proposalId)).findFirst();
	}

	public boolean isBlocked(String room, int slot) {
		return this.blocked.contains(new Cell(room, slot));
	}

	/**
	 * The plan as it would be with the waiting suggestion, to show it; this plan itself
	 * if there is none.
	 */
	public SessionPlan suggested() {
		return (this.suggestion != null) ? new SessionPlan(this.event, this.suggestion.placements(), this.blocked, null,
				this.updatedAt, this.version) : this;
	}

	SessionPlan with(List<Placement> placements, List<Cell> blocked, @Nullable Suggestion suggestion, Instant now) {
		return new SessionPlan(this.event, placements, blocked, suggestion, now, this.version);
	}

}
