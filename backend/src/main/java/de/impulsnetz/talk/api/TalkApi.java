package de.impulsnetz.talk.api;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.identity.Member;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkAccess;
import de.impulsnetz.talk.TalkLibrary;
import de.impulsnetz.talk.TalkNotFound;
import de.impulsnetz.talk.TalkRights;
import de.impulsnetz.talk.TalkSeries;
import de.impulsnetz.talk.authoring.TalkAuthoring;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Impulse as JSON: reading is public (members-only talks for members), writing is for the
 * organisers of a series with a bearer token, by the same rules as the pages.
 */
@RestController
@RequestMapping("/api/v1/impulse")
@Tag(name = "Impulse")
class TalkApi {

	private final TalkLibrary library;

	private final TalkAccess access;

	private final TalkAuthoring authoring;

	private final CurrentMember currentMember;

	private final Clock clock;

	TalkApi(TalkLibrary library, TalkAccess access, TalkAuthoring authoring, CurrentMember currentMember, Clock clock) {
		this.library = library;
		this.access = access;
		this.authoring = authoring;
		this.currentMember = currentMember;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Alle Impulsreihen, nach Titel")
	Flux<SeriesResponse> allSeries() {
		return this.library.allSeries().map(SeriesResponse::of);
	}

	@PostMapping
	@Operation(
			summary = "Legt eine Impulsreihe an (Veranstaltende für ihre Kommune als veranstaltende oder mitveranstaltende, Administration für alle); 201 mit slug")
	Mono<ResponseEntity<SeriesResponse>> createSeries(@Valid @RequestBody SeriesRequest request) {
		return this.currentMember.required()
			.flatMap((member) -> this.authoring.createSeries(member, request.toContent()))
			.map((created) -> ResponseEntity.created(URI.create("/api/v1/impulse/" + created.slug()))
				.body(SeriesResponse.of(created)));
	}

	@GetMapping("/{series}/vortraege")
	@Operation(
			summary = "Die Vorträge einer Reihe in zeitlicher Folge; Vorträge nur für Mitglieder nur mit Zugriffstoken")
	Mono<List<TalkResponse>> talks(@PathVariable String series) {
		return this.currentMember.optional()
			.flatMap((member) -> this.library.series(series)
				.switchIfEmpty(Mono.error(() -> new TalkNotFound(series)))
				.flatMap((found) -> this.library.talksOf(series)
					.filter((talk) -> TalkRights.of(member.orElse(null), found, talk).read())
					.map((talk) -> response(talk, found, member.orElse(null)))
					.collectList()));
	}

	@PostMapping("/{series}/vortraege")
	@Operation(
			summary = "Kündigt einen Vortrag der Reihe an (Veranstaltende der Reihe); 201 mit slug. event nennt die Adresse eines Impuls-Termins zur Anmeldung; jede andere Veranstaltung oder eine unbekannte Adresse: 400")
	Mono<ResponseEntity<TalkResponse>> createTalk(@PathVariable String series,
			@Valid @RequestBody TalkRequest request) {
		return this.currentMember.required()
			.flatMap((member) -> this.authoring.createTalk(series, member, request.toContent()))
			.map((created) -> ResponseEntity
				.created(URI.create("/api/v1/impulse/" + series + "/vortraege/" + created.slug()))
				.body(TalkResponse.of(created, true, this.clock.instant())));
	}

	@GetMapping("/{series}/vortraege/{talk}")
	@Operation(
			summary = "Ein Vortrag mit Version; nur für Mitglieder: 401 ohne Zugriffstoken. Die Einwilligungen der Referierenden sehen nur die Veranstaltenden")
	Mono<TalkResponse> talk(@PathVariable String series, @PathVariable String talk) {
		return this.currentMember.optional()
			.flatMap((member) -> this.access.forReading(series, talk, member.orElse(null))
				.zipWith(this.library.series(series), (found, of) -> response(found, of, member.orElse(null))));
	}

	@PatchMapping("/{series}/vortraege/{talk}")
	@Operation(
			summary = "Ändert die gesendeten Felder; version muss die zuletzt gelesene sein, sonst 409. Ein geändertes event muss ein Impuls-Termin sein, sonst 400. status wechselt zwischen ANGEKUENDIGT und STATTGEFUNDEN; VEROEFFENTLICHT nur über …/veroeffentlichen")
	Mono<TalkResponse> update(@PathVariable String series, @PathVariable String talk,
			@Valid @RequestBody TalkPatch patch) {
		if (patch.version() == null) {
			return Mono.error(new VersionRequired());
		}
		return this.currentMember.required()
			.flatMap((member) -> this.access.forEditing(series, talk, member)
				.flatMap((current) -> this.authoring.updateTalk(series, talk, member, patch.applyTo(current),
						patch.version()))
				.flatMap((saved) -> (patch.status() != null
						&& patch.status().state() != saved.stateAt(this.clock.instant()))
								? this.authoring.changeState(series, talk, member, patch.status().state())
								: Mono.just(saved)))
			.map((saved) -> TalkResponse.of(saved, true, this.clock.instant()));
	}

	@PutMapping("/{series}/vortraege/{talk}/einwilligungen")
	@Operation(
			summary = "Hält fest, wozu die genannten Referierenden eingewilligt haben (Aufnahme, Veröffentlichung, Lizenz); nicht genannte behalten ihre. Eine zurückgezogene Einwilligung nimmt die Aufnahme sofort offline")
	Mono<TalkResponse> consent(@PathVariable String series, @PathVariable String talk,
			@RequestBody @Size(max = 20) List<@NotNull @Valid ConsentRequest> consents) {
		return this.currentMember.required()
			.flatMap((member) -> this.authoring.recordConsent(series, talk, member,
					consents.stream().map(ConsentRequest::toConsent).toList()))
			.map((saved) -> TalkResponse.of(saved, true, this.clock.instant()));
	}

	@PostMapping("/{series}/vortraege/{talk}/veroeffentlichen")
	@Operation(
			summary = "Veröffentlicht den Vortrag mit Aufnahme und Material; fehlt noch etwas: 409, die Liste steht in missing")
	Mono<TalkResponse> publish(@PathVariable String series, @PathVariable String talk) {
		return this.currentMember.required()
			.flatMap((member) -> this.authoring.publish(series, talk, member))
			.map((saved) -> TalkResponse.of(saved, true, this.clock.instant()));
	}

	@PostMapping("/{series}/vortraege/{talk}/zuruecknehmen")
	@Operation(
			summary = "Nimmt einen veröffentlichten Vortrag zurück: die Aufnahme ist wieder nur für die Veranstaltenden")
	Mono<TalkResponse> unpublish(@PathVariable String series, @PathVariable String talk) {
		return this.currentMember.required()
			.flatMap((member) -> this.authoring.unpublish(series, talk, member))
			.map((saved) -> TalkResponse.of(saved, true, this.clock.instant()));
	}

	private TalkResponse response(Talk talk, TalkSeries series, @Nullable Member member) {
		return TalkResponse.of(talk, TalkRights.of(member, series, talk).edit(), this.clock.instant());
	}

}
