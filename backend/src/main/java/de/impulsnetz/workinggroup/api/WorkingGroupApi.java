package de.impulsnetz.workinggroup.api;

import java.net.URI;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import de.impulsnetz.identity.CurrentMember;

import de.impulsnetz.workinggroup.GroupDenied;
import de.impulsnetz.workinggroup.GroupRights;
import de.impulsnetz.workinggroup.NewGroup;
import de.impulsnetz.workinggroup.WorkingGroup;
import de.impulsnetz.workinggroup.WorkingGroups;
import de.impulsnetz.workinggroup.actions.Actions;
import de.impulsnetz.workinggroup.actions.NewAction;
import de.impulsnetz.workinggroup.api.GroupApiModels.ActionRequest;
import de.impulsnetz.workinggroup.api.GroupApiModels.ActionResponse;
import de.impulsnetz.workinggroup.api.GroupApiModels.GroupRequest;
import de.impulsnetz.workinggroup.api.GroupApiModels.GroupResponse;
import de.impulsnetz.workinggroup.api.GroupApiModels.MeetingRequest;
import de.impulsnetz.workinggroup.api.GroupApiModels.MeetingResponse;
import de.impulsnetz.workinggroup.api.GroupApiModels.StatusRequest;
import de.impulsnetz.workinggroup.api.GroupApiModels.TextRequest;
import de.impulsnetz.workinggroup.meetings.Meeting;
import de.impulsnetz.workinggroup.meetings.MeetingDraft;
import de.impulsnetz.workinggroup.meetings.Meetings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Working groups, meetings and Maßnahmen as JSON. The services decide who may do what;
 * their refusals ({@link GroupDenied} and the others) are written as German problem
 * details by {@code shared.web.ApiProblems}.
 */
@RestController
@RequestMapping("/api/v1/arbeitsgruppen")
@Tag(name = "Arbeitsgruppen", description = "Interkommunale Arbeitsgruppen. Fehler kommen als Problem Details "
		+ "(application/problem+json, RFC 9457) mit deutschem title und detail: 400 ungültige Angaben (errors nennt "
		+ "die Felder), 401 ohne gültiges Token, 403 wenn die Rolle oder die Mitgliedschaft in der Gruppe fehlt, "
		+ "404 unbekannte Gruppe, unbekanntes Treffen oder unbekannte Maßnahme, 409 bei einer veralteten Version "
		+ "(jemand anderes hat inzwischen gespeichert) oder einer schon gestellten Anfrage.")
class WorkingGroupApi {

	private static final String PROBLEM = "application/problem+json";

	private final WorkingGroups groups;

	private final Meetings meetings;

	private final Actions actions;

	private final CurrentMember currentMember;

	WorkingGroupApi(WorkingGroups groups, Meetings meetings, Actions actions, CurrentMember currentMember) {
		this.groups = groups;
		this.meetings = meetings;
		this.actions = actions;
		this.currentMember = currentMember;
	}

	@GetMapping
	@Operation(summary = "Alle Arbeitsgruppen mit ihrem öffentlichen Teil, nach Titel")
	Mono<List<GroupResponse>> list() {
		return this.groups.all().map((group) -> GroupResponse.of(group, false)).collectList();
	}

	@PostMapping
	@Operation(summary = "Gründet eine Arbeitsgruppe (Organisation und Administration); 201 mit ihrem slug",
			responses = { @ApiResponse(responseCode = "201", description = "Angelegt; Location nennt die Adresse"),
					@ApiResponse(responseCode = "400",
							description = "Titel fehlt oder eine Kommune ist unbekannt (Problem Details)",
							content = @Content(mediaType = PROBLEM)),
					@ApiResponse(responseCode = "401", description = "Ohne Anmeldung (Problem Details)",
							content = @Content(mediaType = PROBLEM)),
					@ApiResponse(responseCode = "403",
							description = "Nur Organisation und Administration gründen Arbeitsgruppen (Problem Details)",
							content = @Content(mediaType = PROBLEM)) })
	Mono<ResponseEntity<GroupResponse>> create(@RequestBody GroupRequest request) {
		return this.currentMember.required()
			.flatMap((member) -> this.groups.create(member,
					new NewGroup(request.title(), request.coordinator(), request.members(), request.purpose())))
			.map((group) -> ResponseEntity.created(URI.create("/api/v1/arbeitsgruppen/" + group.slug()))
				.body(GroupResponse.of(group, true)));
	}

	@GetMapping("/{slug}")
	@Operation(summary = "Eine Arbeitsgruppe; people nur für Personen der Gruppe",
			responses = { @ApiResponse(responseCode = "200", description = "Die Gruppe"),
					@ApiResponse(responseCode = "404", description = "Keine solche Gruppe (Problem Details)",
							content = @Content(mediaType = PROBLEM)) })
	Mono<GroupResponse> show(@PathVariable String slug) {
		return readable(slug).map((read) -> GroupResponse.of(read.group(), read.rights().readInternal()));
	}

	@GetMapping("/{slug}/treffen")
	@Operation(summary = "Die Treffen der Gruppe, das früheste zuerst; Tagesordnung und Protokollentwurf nur für "
			+ "Personen der Gruppe, veröffentlichte Protokolle für alle")
	Mono<List<MeetingResponse>> meetings(@PathVariable String slug) {
		return readable(slug).flatMap((read) -> this.meetings.of(slug)
			.map((scheduled) -> MeetingResponse.of(scheduled, read.rights()))
			.collectList());
	}

	@PostMapping("/{slug}/treffen")
	@Operation(
			summary = "Plant ein Treffen (AG-Treffen) oder mit quarterly vier, je ein Quartal später "
					+ "(Koordination)",
			responses = { @ApiResponse(responseCode = "201", description = "Die angelegten Treffen"),
					@ApiResponse(responseCode = "400", description = "Zeit, Ort oder Plätze ungültig (Problem Details)",
							content = @Content(mediaType = PROBLEM)),
					@ApiResponse(responseCode = "403",
							description = "Nur die Koordination plant Treffen (Problem Details)",
							content = @Content(mediaType = PROBLEM)) })
	Mono<ResponseEntity<List<MeetingResponse>>> plan(@PathVariable String slug, @RequestBody MeetingRequest request) {
		MeetingDraft draft = new MeetingDraft(request.title(), request.date(), time(request.from()), time(request.to()),
				request.venue(), request.city(), request.capacity());
		return this.currentMember.required()
			.flatMap((member) -> this.meetings.plan(member, slug, draft, request.quarterly())
				.map((scheduled) -> MeetingResponse.forGroup(scheduled))
				.collectList())
			.map((planned) -> ResponseEntity.created(URI.create("/api/v1/arbeitsgruppen/" + slug + "/treffen"))
				.body(planned));
	}

	@PutMapping("/{slug}/treffen/{event}/protokoll")
	@Operation(
			summary = "Speichert das Protokoll (Markdown) mit der Version, von der die Änderung ausgeht "
					+ "(Personen der Gruppe)",
			responses = { @ApiResponse(responseCode = "200", description = "Gespeichert, mit neuer Version"),
					@ApiResponse(responseCode = "403", description = "Nur Personen der Gruppe (Problem Details)",
							content = @Content(mediaType = PROBLEM)),
					@ApiResponse(responseCode = "409",
							description = "Inzwischen hat jemand anderes gespeichert; nichts wurde überschrieben. "
									+ "Lesen Sie die aktuelle Fassung und senden Sie erneut (Problem Details)",
							content = @Content(mediaType = PROBLEM)) })
	Mono<MeetingResponse> minutes(@PathVariable String slug, @PathVariable String event,
			@RequestBody TextRequest request) {
		return saveText(slug, event, Meeting.Part.MINUTES, request);
	}

	@PutMapping("/{slug}/treffen/{event}/tagesordnung")
	@Operation(summary = "Speichert die Tagesordnung (Markdown) mit Versionsprüfung wie das Protokoll")
	Mono<MeetingResponse> agenda(@PathVariable String slug, @PathVariable String event,
			@RequestBody TextRequest request) {
		return saveText(slug, event, Meeting.Part.AGENDA, request);
	}

	private Mono<MeetingResponse> saveText(String slug, String event, Meeting.Part part, TextRequest request) {
		return this.currentMember.required()
			.flatMap((member) -> this.meetings.save(member, slug, event, part, request.text(), request.version()))
			.then(this.meetings.of(slug, event))
			.map((scheduled) -> MeetingResponse.forGroup(scheduled));
	}

	@GetMapping("/{slug}/massnahmen")
	@Operation(summary = "Die offenen Maßnahmen aller Treffen, überfällige zuerst (Personen der Gruppe)",
			responses = { @ApiResponse(responseCode = "200", description = "Die offenen Maßnahmen"),
					@ApiResponse(responseCode = "401", description = "Ohne Anmeldung (Problem Details)",
							content = @Content(mediaType = PROBLEM)),
					@ApiResponse(responseCode = "403", description = "Nur Personen der Gruppe (Problem Details)",
							content = @Content(mediaType = PROBLEM)) })
	Mono<List<ActionResponse>> openActions(@PathVariable String slug) {
		return this.currentMember.required()
			.flatMap((member) -> this.groups.toWorkIn(member, slug))
			.flatMap((group) -> this.actions.open(slug)
				.map((action) -> ActionResponse.of(action, this.actions.today()))
				.collectList());
	}

	@PostMapping("/{slug}/treffen/{event}/massnahmen")
	@Operation(summary = "Hält eine Maßnahme des Treffens fest (Personen der Gruppe)", responses = {
			@ApiResponse(responseCode = "201", description = "Festgehalten"),
			@ApiResponse(responseCode = "400",
					description = "Text fehlt, oder wer sich kümmert, gehört nicht zur Gruppe (Problem Details)",
					content = @Content(mediaType = PROBLEM)),
			@ApiResponse(responseCode = "403", description = "Nur Personen der Gruppe (Problem Details)",
					content = @Content(mediaType = PROBLEM)) })
	Mono<ResponseEntity<ActionResponse>> addAction(@PathVariable String slug, @PathVariable String event,
			@RequestBody ActionRequest request) {
		return this.currentMember.required()
			.flatMap((member) -> this.actions.add(member, slug, event,
					new NewAction(request.text(), request.responsibleMunicipality(), request.responsiblePerson(),
							request.due())))
			.map((action) -> ResponseEntity
				.created(URI.create("/api/v1/arbeitsgruppen/" + slug + "/massnahmen/" + action.id()))
				.body(ActionResponse.of(action, this.actions.today())));
	}

	@PutMapping("/{slug}/massnahmen/{id}/status")
	@Operation(summary = "Setzt eine Maßnahme auf OFFEN oder ERLEDIGT (Personen der Gruppe)")
	Mono<ActionResponse> mark(@PathVariable String slug, @PathVariable String id, @RequestBody StatusRequest request) {
		return this.currentMember.required()
			.flatMap((member) -> this.actions.mark(member, slug, id, request.status()))
			.map((action) -> ActionResponse.of(action, this.actions.today()));
	}

	private record Readable(WorkingGroup group, GroupRights rights) {

	}

	private Mono<Readable> readable(String slug) {
		return this.currentMember.optional()
			.flatMap((member) -> this.groups.bySlug(slug)
				.map((group) -> new Readable(group, GroupRights.of(member.orElse(null), group))));
	}

	private static @Nullable LocalTime time(@Nullable String text) {
		try {
			return (text != null) ? LocalTime.parse(text.strip()) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
