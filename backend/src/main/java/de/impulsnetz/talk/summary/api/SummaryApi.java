package de.impulsnetz.talk.summary.api;

import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.talk.summary.TalkSummaries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The summary of a talk for the organisers of its series: every save a new version, based
 * on the version read (else 409), published when they say so.
 */
@RestController
@RequestMapping("/api/v1/impulse/{reihe}/vortraege/{talk}/zusammenfassung")
@Tag(name = "Impulse")
class SummaryApi {

	private final TalkSummaries summaries;

	private final CurrentMember currentMember;

	SummaryApi(TalkSummaries summaries, CurrentMember currentMember) {
		this.summaries = summaries;
		this.currentMember = currentMember;
	}

	@GetMapping
	@Operation(
			summary = "Die Zusammenfassung eines Vortrags mit Version und veröffentlichter Version (Veranstaltende der Reihe)")
	Mono<SummaryResponse> show(@PathVariable String reihe, @PathVariable String talk) {
		return this.currentMember.required()
			.flatMap((member) -> this.summaries.editing(reihe, talk, member))
			.map(SummaryResponse::of);
	}

	@PutMapping
	@Operation(
			summary = "Speichert eine neue Version der Zusammenfassung (Markdown); version muss die zuletzt gelesene sein (0 vor der ersten), sonst 409 mit currentVersion")
	Mono<SummaryResponse> save(@PathVariable String reihe, @PathVariable String talk,
			@Valid @RequestBody SummaryRequest request) {
		return this.currentMember.required()
			.flatMap((member) -> this.summaries.save(reihe, talk, member, request.markdown(), request.version()))
			.map(SummaryResponse::of);
	}

	@PostMapping("/veroeffentlichen")
	@Operation(
			summary = "Veröffentlicht die gespeicherte Version version der Zusammenfassung; wurde inzwischen erneut gespeichert: 409 mit currentVersion. Die Beobachtenden der Reihe erhalten eine Mail, der Atom-Feed der Reihe einen Eintrag")
	Mono<SummaryResponse> publish(@PathVariable String reihe, @PathVariable String talk,
			@Valid @RequestBody PublishSummaryRequest request) {
		return this.currentMember.required()
			.flatMap((member) -> this.summaries.publish(reihe, talk, member, request.version()))
			.map(SummaryResponse::of);
	}

}
