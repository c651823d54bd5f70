package de.impulsnetz.distribution.api;

import java.net.URI;
import java.util.List;

import de.impulsnetz.distribution.Distribution;
import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.shared.web.ApiPages;
import de.impulsnetz.shared.text.Markdown;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lists a member may read, a list's messages and writing to it, with the rules of the
 * pages: only the people of the list read and write (401 without a token, 403 for others,
 * 404 for an unknown list), at most {@value Distribution#PER_HOUR} messages an hour
 * (429). Refusals are German problem details.
 */
@RestController
@RequestMapping("/api/v1/verteiler")
@Tag(name = "Verteiler")
class DistributionApi {

	private final Distribution distribution;

	private final CurrentMember currentMember;

	private final Markdown markdown;

	DistributionApi(Distribution distribution, CurrentMember currentMember, Markdown markdown) {
		this.distribution = distribution;
		this.currentMember = currentMember;
		this.markdown = markdown;
	}

	@GetMapping
	@Operation(summary = "Die Verteiler, die der oder die Anfragende lesen darf; ohne Anmeldung keine")
	Flux<ListResponse> lists() {
		return this.currentMember.optional()
			.flatMapMany((member) -> this.distribution.lists(member.orElse(null)))
			.map((list) -> new ListResponse(list.key(), list.title(), list.path()));
	}

	@GetMapping("/{key}/nachrichten")
	@Operation(
			summary = "Die Nachrichten des Verteilers seitenweise, die neueste zuerst, mit der Zahl ihrer Antworten; X-Total-Count nennt die Gesamtzahl. Nur für Personen der Arbeitsgruppe")
	Mono<ResponseEntity<List<MessageResponse>>> list(@PathVariable String key,
			@Parameter(description = "Seite, ab 1") @RequestParam(defaultValue = "1") int seite,
			@Parameter(description = "Einträge je Seite, höchstens " + ApiPages.MAX_SIZE) @RequestParam(
					defaultValue = "" + ApiPages.DEFAULT_SIZE) int groesse) {
		int size = Math.max(1, Math.min(groesse, ApiPages.MAX_SIZE));
		return this.currentMember.required()
			.flatMap((member) -> this.distribution.archive(key, member, Math.max(1, seite), size))
			.map((archive) -> ResponseEntity.ok()
				.header("X-Total-Count", String.valueOf(archive.total()))
				.body(archive.entries()
					.stream()
					.map((entry) -> MessageResponse.of(entry.message(), entry.replies(),
							archive.board().rights().moderate(), null, this.markdown))
					.toList()));
	}

	@GetMapping("/{key}/nachrichten/{id}")
	@Operation(summary = "Eine Nachricht mit ihren Antworten, die älteste zuerst")
	Mono<MessageResponse> show(@PathVariable String key, @PathVariable String id) {
		return this.currentMember.required()
			.flatMap((member) -> this.distribution.thread(key, member, id))
			.map((thread) -> {
				boolean moderator = thread.board().rights().moderate();
				List<MessageResponse> replies = thread.replies()
					.stream()
					.map((reply) -> MessageResponse.of(reply, null, moderator, null, this.markdown))
					.toList();
				return MessageResponse.of(thread.message(), (long) replies.size(), moderator, replies, this.markdown);
			});
	}

	@PostMapping("/{key}/nachrichten")
	@Operation(
			summary = "Schreibt eine Nachricht an alle im Verteiler (mit antwortAuf: eine Antwort); 201 mit der Adresse der Nachricht. Sie geht per E-Mail an alle, die jede Nachricht bekommen")
	Mono<ResponseEntity<MessageResponse>> post(@PathVariable String key, @Valid @RequestBody MessageRequest request) {
		return this.currentMember.required()
			.flatMap((member) -> this.distribution.post(key, member, request.titel(), request.text(),
					request.antwortAuf()))
			.map((sent) -> ResponseEntity.created(URI.create("/api/v1/verteiler/" + key + "/nachrichten/" + sent.id()))
				.body(MessageResponse.of(sent, 0L, false, null, this.markdown)));
	}

	/**
	 * A list: its key (as in {@code /api/v1/verteiler/{key}/nachrichten}), its name and
	 * the page of its working group.
	 */
	record ListResponse(String slug, String titel, String seite) {

	}

}
