package de.impulsnetz.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.impulsnetz.barcamp.Equipment;
import de.impulsnetz.barcamp.EventKind;
import de.impulsnetz.barcamp.ProposalFormat;
import de.impulsnetz.barcamp.SlotKind;
import de.impulsnetz.barcamp.VotingMode;
import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.municipality.Platform;
import org.jspecify.annotations.Nullable;

/**
 * The front matter of each kind of content file, as documented in
 * {@code content/README.md}. Jackson binds strictly: unknown keys, wrong types and
 * missing required keys are reported with their line.
 */
final class FrontMatter {

	private FrontMatter() {
	}

	static String required(@Nullable String value, String key) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("'" + key + "' must not be empty");
		}
		return value;
	}

	static <T> List<T> list(@Nullable List<T> values) {
		return (values != null) ? values : List.of();
	}

	static <T> List<T> nonEmpty(@Nullable List<T> values, String key) {
		if (values == null || values.isEmpty()) {
			throw new IllegalArgumentException("'" + key + "' needs at least one entry");
		}
		return values;
	}

	record Municipality(@JsonProperty(required = true) String name,
			@JsonProperty(required = true) MunicipalityKind kind, @JsonProperty(required = true) String region,
			@JsonProperty(required = true) String state, @Nullable String website, @Nullable List<String> emailDomains,
			@Nullable String partOf, @Nullable List<Channel> channels) {

		Municipality {
			required(name, "name");
			emailDomains = list(emailDomains);
			channels = list(channels);
		}

	}

	record Channel(@JsonProperty(required = true) Platform platform, @JsonProperty(required = true) String url,
			@Nullable String handle) {

	}

	record Practice(@JsonProperty(required = true) String title, @JsonProperty(required = true) String teaser,
			@JsonProperty(required = true) List<String> municipalities,
			@JsonProperty(required = true) List<Platform> channels, @JsonProperty(required = true) List<String> topics,
			@JsonProperty(required = true) MunicipalityKind institutionKind,
			@JsonProperty(required = true) LocalDate published, @Nullable Contact contact, @Nullable Effort effort,
			@Nullable List<KeyFigure> results, @Nullable List<Link> links) {

		Practice {
			required(title, "title");
			required(teaser, "teaser");
			nonEmpty(municipalities, "municipalities");
			nonEmpty(channels, "channels");
			nonEmpty(topics, "topics");
		}

	}

	record Contact(@JsonProperty(required = true) String name, @Nullable String role) {

	}

	record Effort(@Nullable Integer people, @Nullable Integer hoursPerWeek, @Nullable String budget) {

	}

	record KeyFigure(@JsonProperty(required = true) String value, @JsonProperty(required = true) String label,
			@Nullable LocalDate asOf) {

	}

	record Link(@JsonProperty(required = true) String title, @JsonProperty(required = true) String url) {

	}

	record Series(@JsonProperty(required = true) String title, @JsonProperty(required = true) String organiser) {

		Series {
			required(title, "title");
		}

	}

	record Talk(@JsonProperty(required = true) String title, @JsonProperty(required = true) LocalDateTime date,
			@JsonProperty(required = true) int durationMinutes, @JsonProperty(required = true) List<Speaker> speakers) {

		Talk {
			required(title, "title");
			nonEmpty(speakers, "speakers");
			if (durationMinutes <= 0) {
				throw new IllegalArgumentException("'durationMinutes' must be positive");
			}
		}

	}

	record Speaker(@JsonProperty(required = true) String name, @Nullable String affiliation) {

	}

	record Event(@JsonProperty(required = true) String title, @JsonProperty(required = true) EventKind kind,
			@JsonProperty(required = true) LocalDateTime start, @JsonProperty(required = true) LocalDateTime end,
			@JsonProperty(required = true) Venue venue, @JsonProperty(required = true) List<String> organisers,
			@JsonProperty(required = true) int capacity, @Nullable List<Proposal> proposals, @Nullable List<Room> rooms,
			@Nullable List<Slot> slots, @Nullable LocalDateTime registrationOpens,
			@Nullable LocalDateTime registrationCloses, @Nullable LocalDateTime proposalsOpen,
			@Nullable LocalDateTime proposalsClose, @Nullable Voting voting) {

		Event {
			required(title, "title");
			nonEmpty(organisers, "organisers");
			if (!end.isAfter(start)) {
				throw new IllegalArgumentException("'end' must be after 'start'");
			}
			if (capacity <= 0) {
				throw new IllegalArgumentException("'capacity' must be positive");
			}
			proposals = list(proposals);
			rooms = list(rooms);
			slots = list(slots);
		}

	}

	record Room(@JsonProperty(required = true) String name, @JsonProperty(required = true) int capacity,
			@Nullable Set<Equipment> equipment) {

		Room {
			required(name, "name");
			if (capacity <= 0) {
				throw new IllegalArgumentException("a room's 'capacity' must be positive");
			}
		}

	}

	record Slot(@JsonProperty(required = true) LocalDateTime start, @JsonProperty(required = true) LocalDateTime end,
			@Nullable SlotKind kind, @Nullable String label) {

		Slot {
			if (!end.isAfter(start)) {
				throw new IllegalArgumentException("a slot's 'end' must be after its 'start'");
			}
		}

	}

	record Voting(@JsonProperty(required = true) VotingMode mode, @Nullable Integer budget,
			@Nullable Boolean hiddenUntilClosed, @Nullable LocalDateTime closes) {

	}

	record Venue(@JsonProperty(required = true) String name, @Nullable String street, @Nullable String postalCode,
			@JsonProperty(required = true) String city) {

	}

	record Proposal(@JsonProperty(required = true) String title, @JsonProperty(required = true) String description,
			@JsonProperty(required = true) ProposalFormat format, @JsonProperty(required = true) String proposer,
			@Nullable Integer length, @Nullable Set<Equipment> needs, @Nullable Boolean recordingAllowed) {

	}

}
