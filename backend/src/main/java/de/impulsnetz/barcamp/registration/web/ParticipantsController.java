package de.impulsnetz.barcamp.registration.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.barcamp.EventRights;
import de.impulsnetz.barcamp.registration.Registration;
import de.impulsnetz.barcamp.registration.RegistrationStatus;
import de.impulsnetz.barcamp.registration.Registrations;
import de.impulsnetz.barcamp.registration.Roster;
import de.impulsnetz.barcamp.web.EventViews.EventCard;
import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.shared.formats.Csv;
import de.impulsnetz.shared.text.Labels;
import de.impulsnetz.shared.web.Pages;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;

/**
 * The participant list, for the event's organisers only: on the page and as CSV for name
 * badges (UTF-8 with BOM and semicolons, which German spreadsheet programs open as they
 * are).
 */
@Controller
class ParticipantsController {

	private final EventCalendar calendar;

	private final Registrations registrations;

	private final MunicipalityDirectory directory;

	private final CurrentMember currentMember;

	private final MessageSource messages;

	ParticipantsController(EventCalendar calendar, Registrations registrations, MunicipalityDirectory directory,
			CurrentMember currentMember, MessageSource messages) {
		this.calendar = calendar;
		this.registrations = registrations;
		this.directory = directory;
		this.currentMember = currentMember;
		this.messages = messages;
	}

	/**
	 * One line of the list.
	 *
	 * @param position place on the waiting list, 0 when confirmed
	 */
	record Participant(String name, String municipality, RegistrationStatus status, int position) {

	}

	@GetMapping("/veranstaltungen/{slug}/teilnehmende")
	Mono<Rendering> list(@PathVariable String slug) {
		return participants(slug).map((list) -> Rendering.view("barcamp/participants")
			.modelAttribute("event", EventCard.of(list.event()))
			.modelAttribute("confirmed",
					list.people().stream().filter((p) -> p.status() == RegistrationStatus.BESTAETIGT).toList())
			.modelAttribute("waiting",
					list.people().stream().filter((p) -> p.status() == RegistrationStatus.WARTELISTE).toList())
			.modelAttribute("capacity", list.event().capacity())
			.build());
	}

	/** The CSV's columns, named from the bundle in the reader's language. */
	private static final List<String> CSV_HEADER = List.of("barcamp.participants.name",
			"barcamp.participants.municipality", "barcamp.participants.status", "barcamp.participants.csv.position");

	@GetMapping("/veranstaltungen/{slug}/teilnehmende.csv")
	Mono<ResponseEntity<byte[]>> csv(@PathVariable String slug, Locale locale) {
		return participants(slug).map((list) -> {
			StringBuilder csv = new StringBuilder("\uFEFF").append(CSV_HEADER.stream()
				.map((key) -> cell(this.messages.getMessage(key, null, locale)))
				.collect(Collectors.joining(";", "", "\r\n")));
			for (Participant participant : list.people()) {
				csv.append(cell(participant.name()))
					.append(';')
					.append(cell(participant.municipality()))
					.append(';')
					.append(cell(this.messages.getMessage(Labels.of(participant.status()), locale)))
					.append(';')
					.append((participant.position() > 0) ? String.valueOf(participant.position()) : "")
					.append("\r\n");
			}
			return ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(slug + "-teilnehmende.csv").build().toString())
				.header(HttpHeaders.CACHE_CONTROL, "no-store")
				.body(csv.toString().getBytes(StandardCharsets.UTF_8));
		});
	}

	private record ParticipantList(Event event, List<Participant> people) {

	}

	private Mono<ParticipantList> participants(String slug) {
		return this.currentMember.required()
			.flatMap((member) -> this.calendar.bySlug(slug)
				.switchIfEmpty(Pages.notFound())
				.filter((event) -> EventRights.isOrganiser(member, event))
				.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN))))
			.flatMap((event) -> Mono
				.zip(this.registrations.roster(event),
						this.directory.all().collect(Collectors.toMap(Municipality::slug, Municipality::name)))
				.map((all) -> new ParticipantList(event, people(all.getT1(), all.getT2()))));
	}

	private static List<Participant> people(Roster roster, Map<String, String> municipalities) {
		return roster.everyone()
			.map((registration) -> new Participant(registration.name(), municipalityName(registration, municipalities),
					roster.statusOf(registration.memberId()).orElseThrow(),
					roster.waitingPosition(registration.memberId())))
			.toList();
	}

	private static String municipalityName(Registration registration, Map<String, String> names) {
		@Nullable String slug = registration.municipality();
		return (slug != null) ? names.getOrDefault(slug, slug) : "";
	}

	/**
	 * A CSV cell that cannot start a formula ({@link Csv#cell}).
	 */
	static String cell(String value) {
		return Csv.cell(value);
	}

}
