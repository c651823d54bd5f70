package de.impulsnetz.barcamp.integration;

import de.impulsnetz.barcamp.Equipment;
import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.barcamp.EventKind;
import de.impulsnetz.barcamp.Room;
import de.impulsnetz.barcamp.Slot;
import de.impulsnetz.barcamp.SlotKind;
import de.impulsnetz.barcamp.Venue;
import de.impulsnetz.barcamp.Voting;
import de.impulsnetz.barcamp.VotingMode;
import de.impulsnetz.barcamp.Window;
import de.impulsnetz.barcamp.proposal.ProposalFormat;
import de.impulsnetz.barcamp.proposal.ProposalStatus;
import de.impulsnetz.barcamp.proposal.SessionProposal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.impulsnetz.content.ContentEntry;
import de.impulsnetz.content.ContentKind;
import de.impulsnetz.content.FrontMatter;
import de.impulsnetz.content.ImportOutcome;
import de.impulsnetz.content.ImportStamp;
import de.impulsnetz.municipality.MunicipalityFiles;
import de.impulsnetz.shared.Berlin;
import de.impulsnetz.shared.text.Slugs;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The files in {@code content/veranstaltungen}: one event each, with its rooms, time grid
 * and session proposals.
 */
@Component
class EventFiles implements ContentKind {

	private final EventCalendar events;

	EventFiles(EventCalendar events) {
		this.events = events;
	}

	@Override
	public String folder() {
		return "veranstaltungen";
	}

	@Override
	public int getOrder() {
		// After the municipalities that organise the events.
		return 30;
	}

	@Override
	public Mono<ImportOutcome> importFile(ContentEntry file) {
		EventMatter matter = file.frontMatter(EventMatter.class);
		file.requireReferences("organisers", MunicipalityFiles.FOLDER, matter.organisers());
		VenueMatter venue = matter.venue();
		ImportStamp stamp = file.stamp();
		Event event = new Event(null, file.slug(), matter.title(), matter.kind(), Berlin.instant(matter.start()),
				Berlin.instant(matter.end()), new Venue(venue.name(), venue.street(), venue.postalCode(), venue.city()),
				matter.organisers(), matter.capacity(), file.body(),
				matter.rooms()
					.stream()
					.map((room) -> new Room(room.name(), room.capacity(), room.equipment()))
					.toList(),
				matter.slots()
					.stream()
					.map((slot) -> new Slot(Berlin.instant(slot.start()), Berlin.instant(slot.end()),
							(slot.kind() != null) ? slot.kind() : SlotKind.SESSION, slot.label()))
					.toList(),
				window(matter.registrationOpens(), matter.registrationCloses()),
				window(matter.proposalsOpen(), matter.proposalsClose()), voting(matter.voting()), stamp, null, null);
		return this.events.importFromContent(event)
			.flatMap((outcome) -> Flux.fromIterable(matter.proposals())
				.concatMap((proposal) -> this.events.importFromContent(new SessionProposal(null, file.slug(),
						Slugs.of(proposal.title()), proposal.title(), proposal.description(), proposal.format(),
						proposal.proposer(), null, null, (proposal.length() != null) ? proposal.length() : 1,
						proposal.needs(), !Boolean.FALSE.equals(proposal.recordingAllowed()), ProposalStatus.OPEN, null,
						null, stamp, null, null)))
				.then(Mono.just(outcome)));
	}

	private static @Nullable Window window(@Nullable LocalDateTime opens, @Nullable LocalDateTime closes) {
		if (opens == null && closes == null) {
			return null;
		}
		return new Window((opens != null) ? Berlin.instant(opens) : null,
				(closes != null) ? Berlin.instant(closes) : null);
	}

	private static @Nullable Voting voting(@Nullable VotingMatter voting) {
		if (voting == null) {
			return null;
		}
		return new Voting(voting.mode(), (voting.budget() != null) ? voting.budget() : 0,
				Boolean.TRUE.equals(voting.hiddenUntilClosed()),
				(voting.closes() != null) ? Berlin.instant(voting.closes()) : null);
	}

	/**
	 * The front matter, as documented in {@code content/README.md}.
	 */
	record EventMatter(@JsonProperty(required = true) String title, @JsonProperty(required = true) EventKind kind,
			@JsonProperty(required = true) LocalDateTime start, @JsonProperty(required = true) LocalDateTime end,
			@JsonProperty(required = true) VenueMatter venue, @JsonProperty(required = true) List<String> organisers,
			@JsonProperty(required = true) int capacity, @Nullable List<ProposalMatter> proposals,
			@Nullable List<RoomMatter> rooms, @Nullable List<SlotMatter> slots,
			@Nullable LocalDateTime registrationOpens, @Nullable LocalDateTime registrationCloses,
			@Nullable LocalDateTime proposalsOpen, @Nullable LocalDateTime proposalsClose,
			@Nullable VotingMatter voting) {

		EventMatter {
			FrontMatter.required(title, "title");
			FrontMatter.nonEmpty(organisers, "organisers");
			if (!end.isAfter(start)) {
				throw new IllegalArgumentException("'end' must be after 'start'");
			}
			if (capacity <= 0) {
				throw new IllegalArgumentException("'capacity' must be positive");
			}
			proposals = FrontMatter.list(proposals);
			rooms = FrontMatter.list(rooms);
			slots = FrontMatter.list(slots);
		}

	}

	record RoomMatter(@JsonProperty(required = true) String name, @JsonProperty(required = true) int capacity,
			@Nullable Set<Equipment> equipment) {

		RoomMatter {
			FrontMatter.required(name, "name");
			if (capacity <= 0) {
				throw new IllegalArgumentException("a room's 'capacity' must be positive");
			}
		}

	}

	record SlotMatter(@JsonProperty(required = true) LocalDateTime start,
			@JsonProperty(required = true) LocalDateTime end, @Nullable SlotKind kind, @Nullable String label) {

		SlotMatter {
			if (!end.isAfter(start)) {
				throw new IllegalArgumentException("a slot's 'end' must be after its 'start'");
			}
		}

	}

	record VotingMatter(@JsonProperty(required = true) VotingMode mode, @Nullable Integer budget,
			@Nullable Boolean hiddenUntilClosed, @Nullable LocalDateTime closes) {

	}

	record VenueMatter(@JsonProperty(required = true) String name, @Nullable String street, @Nullable String postalCode,
			@JsonProperty(required = true) String city) {

	}

	record ProposalMatter(@JsonProperty(required = true) String title,
			@JsonProperty(required = true) String description, @JsonProperty(required = true) ProposalFormat format,
			@JsonProperty(required = true) String proposer, @Nullable Integer length, @Nullable Set<Equipment> needs,
			@Nullable Boolean recordingAllowed) {

	}

}
