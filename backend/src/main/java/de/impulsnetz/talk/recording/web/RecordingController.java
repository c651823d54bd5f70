package de.impulsnetz.talk.recording.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.identity.Member;
import de.impulsnetz.shared.text.Labels;
import de.impulsnetz.shared.web.Pages;
import de.impulsnetz.talk.TalkAccess;
import de.impulsnetz.talk.TextTrack;
import de.impulsnetz.talk.plays.PlayCounts;
import de.impulsnetz.talk.recording.MediaKind;
import de.impulsnetz.talk.recording.PlayableRecording;
import de.impulsnetz.talk.recording.RecordingJob;
import de.impulsnetz.talk.recording.RecordingRefused;
import de.impulsnetz.talk.recording.Recordings;
import de.impulsnetz.talk.recording.Recordings.MediaFile;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePartEvent;
import org.springframework.http.codec.multipart.FormPartEvent;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.WebSessionServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * The recording page of a talk for its organisers (state of the processing, a preview,
 * the upload form) and the media addresses the player reads, with range requests.
 */
@Controller
class RecordingController {

	static final String FILE_FIELD = "datei";

	private static final String CSRF_FIELD = "_csrf";

	private final Recordings recordings;

	private final TalkAccess access;

	private final CurrentMember currentMember;

	private final PlayCounts plays;

	private final MessageSource messages;

	/**
	 * The site's CSRF tokens live in the session (the default of the web filter chain).
	 */
	private final ServerCsrfTokenRepository csrfTokens = new WebSessionServerCsrfTokenRepository();

	/** Un-masks the token the form sent, as the CSRF filter does. */
	private final XorServerCsrfTokenRequestAttributeHandler csrf = new XorServerCsrfTokenRequestAttributeHandler();

	RecordingController(Recordings recordings, TalkAccess access, CurrentMember currentMember, PlayCounts plays,
			MessageSource messages) {
		this.recordings = recordings;
		this.messages = messages;
		this.plays = plays;
		this.access = access;
		this.currentMember = currentMember;
	}

	@GetMapping("/impulse/{series}/{talk}/aufnahme")
	Mono<Rendering> page(@PathVariable String series, @PathVariable String talk) {
		return this.currentMember.required().flatMap((member) -> page(series, talk, member, null, HttpStatus.OK));
	}

	/**
	 * The state of the newest upload for the recording page's script, which asks every
	 * few seconds while it waits or runs: in German, for the organisers of the series
	 * only. 404 while nothing was uploaded.
	 */
	@GetMapping(path = "/impulse/{series}/{talk}/aufnahme/stand", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Mono<ResponseEntity<RecordingStatus>> status(@PathVariable String series, @PathVariable String talk,
			ServerWebExchange exchange) {
		Locale locale = exchange.getLocaleContext().getLocale();
		return this.currentMember.required()
			.flatMap((member) -> this.recordings.latestFor(series, talk, member))
			.map((job) -> ResponseEntity.ok()
				.cacheControl(CacheControl.noStore())
				.body(RecordingStatus.of(job, this.messages, (locale != null) ? locale : Locale.GERMAN)))
			.defaultIfEmpty(ResponseEntity.notFound().build());
	}

	/**
	 * The upload form, read as it streams: the CSRF token first, then the file straight
	 * into GridFS.
	 */
	@PostMapping(path = "/impulse/{series}/{talk}/aufnahme", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Mono<Rendering> upload(@PathVariable String series, @PathVariable String talk, @RequestBody Flux<PartEvent> parts,
			ServerWebExchange exchange) {
		AtomicReference<@Nullable String> token = new AtomicReference<>();
		return this.currentMember.required()
			.flatMap((member) -> parts.windowUntil(PartEvent::isLast)
				.concatMap((part) -> part.switchOnFirst((first, events) -> {
					PartEvent event = first.get();
					if (event instanceof FormPartEvent form && CSRF_FIELD.equals(form.name())) {
						token.set(form.value());
					}
					else if (event instanceof FilePartEvent file && FILE_FIELD.equals(file.name())) {
						return checkCsrf(exchange, token.get())
							.then(this.recordings.upload(series, talk, member, events.map(PartEvent::content)));
					}
					return events.doOnNext((ignored) -> DataBufferUtils.release(ignored.content()))
						.then(Mono.<RecordingJob>empty());
				}))
				.next()
				.map((job) -> Rendering.redirectTo("/impulse/" + series + "/" + talk + "/aufnahme?hochgeladen").build())
				.switchIfEmpty(Mono.defer(() -> checkCsrf(exchange, token.get())
					.then(refused(series, talk, member, RecordingRefused.Reason.EMPTY))))
				.onErrorResume(RecordingRefused.class, (refused) -> refused(series, talk, member, refused.reason())));
	}

	private Mono<Rendering> refused(String series, String talk, Member member, RecordingRefused.Reason reason) {
		HttpStatus status = switch (reason) {
			case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
			case UNSUPPORTED -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			case EMPTY -> HttpStatus.BAD_REQUEST;
		};
		return page(series, talk, member, reason.messageKey(), status);
	}

	/**
	 * The token the form sent (as its first field) against the session's: what the CSRF
	 * filter does for every other form.
	 */
	private Mono<Void> checkCsrf(ServerWebExchange exchange, @Nullable String sent) {
		if (sent == null) {
			return Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN));
		}
		return this.csrfTokens.loadToken(exchange).flatMap((token) -> {
			ServerWebExchange withHeader = exchange.mutate()
				.request((request) -> request.headers((headers) -> headers.set(token.getHeaderName(), sent)))
				.build();
			return this.csrf.resolveCsrfTokenValue(withHeader, token)
				.filter((value) -> MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
						token.getToken().getBytes(StandardCharsets.UTF_8)));
		}).switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.FORBIDDEN))).then();
	}

	private Mono<Rendering> page(String series, String talk, Member member, @Nullable String errorKey,
			HttpStatus status) {
		return this.access.forEditing(series, talk, member)
			.flatMap((found) -> Mono
				.zip(this.recordings.latest(found)
					.map(JobView::of)
					.map(java.util.Optional::of)
					.defaultIfEmpty(java.util.Optional.empty()),
						this.recordings.playable(found)
							.map(java.util.Optional::of)
							.defaultIfEmpty(java.util.Optional.empty()))
				.map((state) -> new RecordingPage(found.series(), found.slug(), found.title(),
						state.getT1().orElse(null), state.getT2().orElse(null), this.recordings.processingAvailable(),
						PlayableRecording.sizeLabel(this.recordings.maxBytes()), errorKey)))
			.map((page) -> Rendering.view("talk/recording").modelAttribute("page", page).status(status).build());
	}

	@GetMapping("/impulse/{series}/{talk}/medien/{name:video\\.mp4|audio\\.m4a|poster\\.jpg}")
	@ResponseBody
	Mono<ResponseEntity<Flux<DataBuffer>>> media(@PathVariable String series, @PathVariable String talk,
			@PathVariable String name, ServerWebExchange exchange) {
		MediaKind kind = MediaKind.byFileName(name).orElseThrow();
		return this.currentMember.optional()
			.flatMap((reader) -> this.recordings.media(series, talk, kind, reader.orElse(null)))
			.flatMap((media) -> {
				ResponseEntity<Flux<DataBuffer>> served = serve(media, exchange);
				return (kind != MediaKind.POSTER && startsPlaying(exchange, served))
						? this.plays.count(media.talkId(), exchange.getRequest()).thenReturn(served)
						: Mono.just(served);
			})
			.switchIfEmpty(Pages.notFound());
	}

	/**
	 * Whether the request starts playing the recording: a {@code GET} of the whole file
	 * or of a range from its first byte. A player seeking, {@code HEAD} and revalidations
	 * are no new plays.
	 */
	private static boolean startsPlaying(ServerWebExchange exchange, ResponseEntity<?> served) {
		if (!HttpMethod.GET.equals(exchange.getRequest().getMethod())) {
			return false;
		}
		if (served.getStatusCode() == HttpStatus.OK) {
			return true;
		}
		String range = served.getHeaders().getFirst(HttpHeaders.CONTENT_RANGE);
		return served.getStatusCode() == HttpStatus.PARTIAL_CONTENT && range != null && range.startsWith("bytes 0-");
	}

	/**
	 * The file, or the one range asked for, with what players and caches need to seek and
	 * to revalidate: a strong ETag (conditional requests), {@code Accept-Ranges},
	 * {@code If-Range} (a stale one gets the whole file).
	 */
	private ResponseEntity<Flux<DataBuffer>> serve(MediaFile media, ServerWebExchange exchange) {
		HttpHeaders request = exchange.getRequest().getHeaders();
		long length = media.length();
		String etag = media.etag();
		HttpHeaders headers = new HttpHeaders();
		headers.setETag(etag);
		headers.set(HttpHeaders.ACCEPT_RANGES, "bytes");
		headers.setCacheControl(CacheControl.noCache().cachePrivate());
		if (request.getIfNoneMatch().contains(etag) || request.getIfNoneMatch().contains("*")) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
		}
		headers.setContentType(MediaType.parseMediaType(media.media().mediaType()));
		String ifRange = request.getFirst(HttpHeaders.IF_RANGE);
		MediaRange range = (ifRange == null || ifRange.equals(etag))
				? MediaRange.of(request.getFirst(HttpHeaders.RANGE), length) : null;
		boolean head = HttpMethod.HEAD.equals(exchange.getRequest().getMethod());
		if (range == MediaRange.UNSATISFIABLE) {
			headers.set(HttpHeaders.CONTENT_RANGE, "bytes */" + length);
			return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE).headers(headers).build();
		}
		if (range == null) {
			headers.setContentLength(length);
			Flux<DataBuffer> body = (head || length == 0) ? Flux.empty() : this.recordings.read(media, 0, length - 1);
			return ResponseEntity.ok().headers(headers).body(body);
		}
		headers.set(HttpHeaders.CONTENT_RANGE, "bytes " + range.first() + "-" + range.last() + "/" + length);
		headers.setContentLength(range.length());
		Flux<DataBuffer> body = head ? Flux.empty() : this.recordings.read(media, range.first(), range.last());
		return ResponseEntity.status(HttpStatus.PARTIAL_CONTENT).headers(headers).body(body);
	}

	/**
	 * The recording page: the newest upload's state, the recording that plays now.
	 */
	record RecordingPage(String series, String talk, String talkTitle, @Nullable JobView job,
			@Nullable PlayableRecording current, boolean processingAvailable, String maxSize,
			@Nullable String errorKey) {

		public String action() {
			return "/impulse/" + this.series + "/" + this.talk + "/aufnahme";
		}

		/**
		 * The preview plays without captions: they have their own page.
		 */
		public List<TextTrack> tracks() {
			return List.of();
		}

		/**
		 * Where the page's script reads the state of the processing.
		 */
		public String statusHref() {
			return action() + "/stand";
		}

		public String talkHref() {
			return "/impulse/" + this.series + "/" + this.talk;
		}

	}

	/**
	 * The newest upload as the page shows it.
	 */
	record JobView(String status, int progress, @Nullable String errorKey, String size, boolean remuxed,
			boolean running) {

		static JobView of(RecordingJob job) {
			return new JobView(job.status().name(), job.progress(), job.errorKey(),
					PlayableRecording.sizeLabel(job.size()), job.remuxed(), job.running());
		}

	}

	/**
	 * The newest upload's state as the recording page's script reads it.
	 *
	 * @param status {@code WARTET}, {@code IN_ARBEIT}, {@code FERTIG} or {@code FEHLER}
	 * @param text the state in words
	 * @param progress percent, 0 to 100
	 * @param running whether the state will still change by itself
	 * @param error why the processing failed, in words
	 */
	record RecordingStatus(String status, String text, int progress, boolean running, @Nullable String error) {

		static RecordingStatus of(RecordingJob job, MessageSource messages, Locale locale) {
			String error = (job.errorKey() != null) ? messages.getMessage(job.errorKey(), null, locale) : null;
			return new RecordingStatus(job.status().name(), messages.getMessage(Labels.of(job.status()), locale),
					job.progress(), job.running(), error);
		}

	}

}
