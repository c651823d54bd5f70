package de.impulsnetz.municipality.channel.api;

import java.util.Optional;

import de.impulsnetz.municipality.channel.ChannelEditors;
import de.impulsnetz.municipality.channel.ChannelKeeping;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The channels of a municipality: everyone reads them (team and contact only with a
 * token), its members and admins replace them, based on the version they read (else 409).
 */
@RestController
@RequestMapping("/api/v1/kommunen/{slug}/kanaele")
@Tag(name = "Kommunen")
class ChannelApi {

	private final ChannelKeeping keeping;

	private final ChannelEditors editors;

	ChannelApi(ChannelKeeping keeping, ChannelEditors editors) {
		this.keeping = keeping;
		this.editors = editors;
	}

	@GetMapping
	@Operation(
			summary = "Die Kanäle einer Kommune mit ihrer Version; Team und Kontakt nur für angemeldete Mitglieder (Bearer-Token)")
	Mono<ChannelsResponse> show(@PathVariable String slug) {
		return this.editors.current()
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap((reader) -> this.keeping.forReader(slug, reader.orElse(null)))
			.map(ChannelsResponse::of);
	}

	@PutMapping
	@Operation(
			summary = "Ersetzt die Kanäle einer Kommune (Mitglieder dieser Kommune und Admins); version muss die zuletzt gelesene sein (0 vor der ersten), sonst 409 mit currentVersion; ungültige Kanäle: 400 mit errors je Feld (z. B. channels[0].url)")
	Mono<ChannelsResponse> save(@PathVariable String slug, @Valid @RequestBody ChannelsRequest request) {
		return this.editors.current()
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.UNAUTHORIZED)))
			.flatMap((editor) -> this.keeping.save(slug, editor,
					request.channels().stream().map(ChannelJson::toChannel).toList(), request.version()))
			.map(ChannelsResponse::of);
	}

}
