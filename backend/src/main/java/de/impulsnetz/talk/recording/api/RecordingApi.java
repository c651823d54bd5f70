package de.impulsnetz.talk.recording.api;

import java.util.Locale;

import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.talk.recording.RecordingJob;
import de.impulsnetz.talk.recording.Recordings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A talk's recording in the API, for its organisers: the raw file as the body of a
 * {@code PUT}, and the state of its processing.
 */
@RestController
@RequestMapping("/api/v1/impulse/{reihe}/vortraege/{talk}/aufnahme")
@Tag(name = "Impulse")
class RecordingApi {

	private final Recordings recordings;

	private final CurrentMember currentMember;

	private final MessageSource messages;

	RecordingApi(Recordings recordings, CurrentMember currentMember, MessageSource messages) {
		this.recordings = recordings;
		this.currentMember = currentMember;
		this.messages = messages;
	}

	@PutMapping
	@Operation(
			summary = "Lädt die Aufnahme des Vortrags hoch (Organisierende der Reihe): die Datei roh als Body mit ihrem Content-Type (MP4/MOV/M4A, WebM, MP3, WAV; erkannt an ihren Bytes). 202 mit dem Verarbeitungsauftrag; die bisherige Aufnahme bleibt, bis die neue verarbeitet ist. Zu groß: 413, kein Video/Audio: 415",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = { @Content(mediaType = "video/*", schema = @Schema(type = "string", format = "binary")),
							@Content(mediaType = "audio/*", schema = @Schema(type = "string", format = "binary")),
							@Content(mediaType = "application/octet-stream",
									schema = @Schema(type = "string", format = "binary")) }))
	Mono<ResponseEntity<RecordingResponse>> upload(@PathVariable String reihe, @PathVariable String talk,
			ServerHttpRequest request) {
		Flux<DataBuffer> body = request.getBody();
		return this.currentMember.required()
			.flatMap((member) -> this.recordings.upload(reihe, talk, member, body,
					request.getHeaders().getContentLength()))
			.map((job) -> ResponseEntity.status(HttpStatus.ACCEPTED).body(response(job)));
	}

	@GetMapping
	@Operation(
			summary = "Die zuletzt hochgeladene Aufnahme und ihre Verarbeitung (Organisierende der Reihe): status WARTET, IN_ARBEIT, FERTIG oder FEHLER, Fortschritt in Prozent, wenn fertig Dauer und Adressen der Medien")
	Mono<RecordingResponse> status(@PathVariable String reihe, @PathVariable String talk) {
		return this.currentMember.required()
			.flatMap((member) -> this.recordings.latestFor(reihe, talk, member))
			.map(this::response)
			.switchIfEmpty(Mono.error(NoRecording::new));
	}

	private RecordingResponse response(RecordingJob job) {
		String error = (job.errorKey() != null) ? this.messages.getMessage(job.errorKey(), null, Locale.GERMAN) : null;
		return RecordingResponse.of(job, error);
	}

}
