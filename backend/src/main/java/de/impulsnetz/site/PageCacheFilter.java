package de.impulsnetz.site;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import de.impulsnetz.shared.web.CollectedBodies;
import de.impulsnetz.shared.web.EntityTags;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Serves the pages that are the same for every anonymous reader of a language from the
 * {@link PageCache}, with a strong {@code ETag}, {@code Last-Modified} and answers 304 to
 * conditional requests without rendering; and reports every write request that got
 * through to {@link PageChanges}. Runs before Spring Security and the session: a cached
 * page costs a lookup, not a render.
 *
 * <p>
 * Anonymous means: no cookie but the language's and no {@code Authorization} header. A
 * request with a session never gets a cached page and never fills the cache; its pages
 * are {@code private, no-store}. An anonymous page is kept only when it is a 200 of a
 * text type and sets no cookie (a session begun while rendering, {@code ?lang=}).
 * Anonymous pages hold no per-request value: the layout gives the CSRF token to members
 * only and the Content-Security-Policy uses no nonce.
 */
@Component
class PageCacheFilter implements WebFilter, Ordered {

	/**
	 * Before Spring Security's filter chain (-100).
	 */
	static final int ORDER = -200;

	/**
	 * The pages kept: everything else (forms, accounts, personal calendars and
	 * unsubscribe links with a token, media, the live plan's event stream, the "now"
	 * screen) is always rendered.
	 */
	private static final List<PathPattern> PAGES = Stream
		.of("/", "/praxis", "/praxis/{slug}", "/feed.atom", "/praxis/feed.atom", "/kommunen", "/kommunen/{slug}",
				"/veranstaltungen", "/veranstaltungen/{slug}", "/veranstaltungen/{slug}/plan",
				"/veranstaltungen/{slug}/plan.ics", "/veranstaltungen/{slug}/plan/druck",
				"/veranstaltungen/{slug}/schedule.xml", "/veranstaltungen/{slug}/schedule.json",
				"/veranstaltungen/{slug}/sessions", "/veranstaltungen/{slug}/sessions/{proposal}",
				"/veranstaltungen/{slug}/dokumentation", "/impulse", "/impulse/{series}", "/impulse/{series}.ics",
				"/impulse/{series}/feed.atom", "/impulse/{series}/podcast.xml", "/impulse/{series}/{talk}",
				"/impulse/{series}/{talk}/transkript", "/impulse/{series}/{talk}/zusammenfassung", "/suche",
				"/impressum", "/datenschutz", "/barrierefreiheit")
		.map(PathPatternParser.defaultInstance::parse)
		.toList();

	private static final Set<String> TYPES = Set.of("text/html", "application/atom+xml", "application/rss+xml",
			"application/xml", "text/xml", "application/json", "text/calendar");

	/**
	 * Headers of the rendered answer that are not kept with the page: they belong to one
	 * answer, or are set when the page is served.
	 */
	private static final Set<String> NOT_KEPT = Set.of(HttpHeaders.SET_COOKIE, HttpHeaders.DATE,
			HttpHeaders.CONTENT_LENGTH, HttpHeaders.CONTENT_ENCODING, HttpHeaders.TRANSFER_ENCODING,
			HttpHeaders.CONNECTION, "Keep-Alive", HttpHeaders.CACHE_CONTROL, HttpHeaders.PRAGMA, HttpHeaders.EXPIRES,
			HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED, HttpHeaders.VARY);

	private static final String PRIVATE = "private, no-store";

	private final PageCache cache;

	private final PageChanges changes;

	private final String cacheControl;

	private final Clock clock;

	PageCacheFilter(PageCache cache, PageChanges changes, PageCacheSettings settings, Clock clock) {
		this.cache = cache;
		this.changes = changes;
		this.cacheControl = settings.cacheControl();
		this.clock = clock;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		HttpMethod method = request.getMethod();
		if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
			if (HttpMethod.OPTIONS.equals(method) || HttpMethod.TRACE.equals(method)) {
				return chain.filter(exchange);
			}
			AtomicBoolean answered = new AtomicBoolean();
			reportWrite(exchange.getResponse(), answered);
			// A reader who went away before the answer: the write may have happened all
			// the same.
			return chain.filter(exchange).doFinally((signal) -> {
				if (signal == SignalType.CANCEL && !answered.get()) {
					this.changes.changed();
				}
			});
		}
		if (!page(request)) {
			return chain.filter(exchange);
		}
		if (!anonymous(request)) {
			exchange.getResponse().beforeCommit(() -> {
				exchange.getResponse().getHeaders().setCacheControl(PRIVATE);
				return Mono.empty();
			});
			return chain.filter(exchange);
		}
		if (!this.cache.enabled() || request.getQueryParams().containsKey(LocaleConfiguration.PARAMETER)) {
			return chain.filter(exchange);
		}
		PageCache.Key key = key(exchange);
		PageCache.Page cached = this.cache.get(key);
		if (cached != null) {
			return serve(exchange, cached);
		}
		long since = this.cache.generation();
		boolean keep = HttpMethod.GET.equals(method);
		return chain.filter(exchange.mutate().response(new Rendered(exchange.getResponse(), (page) -> {
			if (keep) {
				this.cache.store(key, page, since);
			}
		})).build());
	}

	/**
	 * A write that got through changes what readers see: it drops the pages before its
	 * answer goes out. Refused writes (4xx, sent to the login) do not, so that nobody
	 * empties the cache by posting nonsense; a 5xx does, as the write may have happened
	 * before what failed.
	 */
	private void reportWrite(ServerHttpResponse response, AtomicBoolean answered) {
		response.beforeCommit(() -> {
			answered.set(true);
			HttpStatusCode status = response.getStatusCode();
			String location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
			boolean refused = status != null && status.is4xxClientError();
			boolean toLogin = location != null && location.startsWith("/anmelden");
			if (!refused && !toLogin) {
				this.changes.changed();
			}
			return Mono.empty();
		});
	}

	private static boolean page(ServerHttpRequest request) {
		var path = request.getPath().pathWithinApplication();
		return PAGES.stream().anyMatch((pattern) -> pattern.matches(path));
	}

	private static boolean anonymous(ServerHttpRequest request) {
		return !request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)
				&& request.getCookies().keySet().stream().allMatch((name) -> name.equals(LocaleConfiguration.COOKIE));
	}

	/**
	 * The address with the query's parameters sorted by name (values of one name keep
	 * their order), and the language.
	 */
	static PageCache.Key key(ServerWebExchange exchange) {
		ServerHttpRequest request = exchange.getRequest();
		String raw = request.getURI().getRawQuery();
		String query = (raw == null || raw.isEmpty()) ? ""
				: Arrays.stream(raw.split("&"))
					.filter((part) -> !part.isEmpty())
					.sorted(Comparator.comparing((String part) -> part.split("=", 2)[0]))
					.collect(Collectors.joining("&", "?", ""));
		String address = request.getURI().getScheme() + "://" + request.getURI().getRawAuthority()
				+ request.getPath().value() + query;
		return new PageCache.Key(address, LocaleConfiguration.chosenLocale(exchange).getLanguage());
	}

	private Mono<Void> serve(ServerWebExchange exchange, PageCache.Page page) {
		ServerHttpResponse response = exchange.getResponse();
		HttpHeaders headers = response.getHeaders();
		page.headers().forEach(headers::put);
		publicHeaders(headers, page.etag());
		Instant lastModified = page.rendered().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
		// Named only once it lies in the past: a change after it is then after it too.
		if (!lastModified.isAfter(this.clock.instant())) {
			headers.setLastModified(lastModified);
		}
		if (notModified(exchange.getRequest().getHeaders(), page)) {
			response.setStatusCode(HttpStatus.NOT_MODIFIED);
			headers.remove(HttpHeaders.CONTENT_TYPE);
			return response.setComplete();
		}
		headers.setContentLength(page.body().length);
		return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(page.body())));
	}

	/**
	 * If-None-Match decides when it is there (RFC 9110, 13.2.2); If-Modified-Since only
	 * holds when the page was rendered before the date the reader has.
	 */
	private static boolean notModified(HttpHeaders request, PageCache.Page page) {
		List<String> tags = request.getIfNoneMatch();
		if (!tags.isEmpty()) {
			return tags.stream().anyMatch((tag) -> tag.equals("*") || tag.equals(page.etag()));
		}
		long since = request.getIfModifiedSince();
		return since >= 0 && !page.rendered().isAfter(Instant.ofEpochMilli(since));
	}

	private void publicHeaders(HttpHeaders headers, String etag) {
		headers.setCacheControl(this.cacheControl);
		headers.remove(HttpHeaders.PRAGMA);
		headers.remove(HttpHeaders.EXPIRES);
		headers.setETag(etag);
		// The server compresses text for readers who accept it: a proxy keeps both forms.
		headers.setVary(List.of(HttpHeaders.COOKIE, HttpHeaders.ACCEPT_ENCODING));
	}

	private static boolean storable(ServerHttpResponse response) {
		HttpStatusCode status = response.getStatusCode();
		MediaType type = response.getHeaders().getContentType();
		return (status == null || status.value() == HttpStatus.OK.value()) && response.getCookies().isEmpty()
				&& !response.getHeaders().containsHeader(HttpHeaders.SET_COOKIE) && textType(type);
	}

	private static boolean textType(@Nullable MediaType type) {
		return type != null && TYPES.contains(type.getType() + "/" + type.getSubtype());
	}

	/**
	 * The answer of an anonymous page being rendered: collects the body, hashes it, and
	 * once the answer's headers are final (the session and Spring Security have written
	 * theirs) decides whether it is a public page; after sending, hands it to be kept.
	 */
	private final class Rendered extends ServerHttpResponseDecorator {

		private final Consumer<PageCache.Page> keep;

		Rendered(ServerHttpResponse delegate, Consumer<PageCache.Page> keep) {
			super(delegate);
			this.keep = keep;
		}

		@Override
		public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
			return ReactiveSecurityContextHolder.getContext()
				.map((context) -> signedIn(context.getAuthentication()))
				.defaultIfEmpty(false)
				.flatMap((signedIn) -> signedIn ? privately(body) : keep(body));
		}

		/**
		 * Whoever is signed in without a session cookie (a test's mocked login) still
		 * gets a private page, and it is not kept.
		 */
		private Mono<Void> privately(Publisher<? extends DataBuffer> body) {
			ServerHttpResponse delegate = getDelegate();
			delegate.beforeCommit(() -> {
				delegate.getHeaders().setCacheControl(PRIVATE);
				return Mono.empty();
			});
			return delegate.writeWith(body);
		}

		private Mono<Void> keep(Publisher<? extends DataBuffer> body) {
			ServerHttpResponse delegate = getDelegate();
			if (!textType(delegate.getHeaders().getContentType())) {
				// An archive or a file: streamed as it comes, never held in memory.
				return delegate.writeWith(body);
			}
			return CollectedBodies.of(body).flatMap((bytes) -> {
				String etag = EntityTags.of(bytes);
				HttpHeaders[] kept = new HttpHeaders[1];
				delegate.beforeCommit(() -> {
					if (storable(delegate)) {
						publicHeaders(delegate.getHeaders(), etag);
						// As the app wrote them, before the server compresses the body.
						kept[0] = kept(delegate.getHeaders());
					}
					return Mono.empty();
				});
				return delegate.writeWith(Mono.fromSupplier(() -> delegate.bufferFactory().wrap(bytes)))
					.then(Mono.fromRunnable(() -> {
						if (kept[0] != null) {
							this.keep
								.accept(new PageCache.Page(kept[0], bytes, etag, PageCacheFilter.this.clock.instant()));
						}
					}));
			});
		}

		private static boolean signedIn(@Nullable Authentication authentication) {
			return authentication != null && authentication.isAuthenticated()
					&& !(authentication instanceof AnonymousAuthenticationToken);
		}

		private static HttpHeaders kept(HttpHeaders sent) {
			HttpHeaders kept = new HttpHeaders();
			sent.forEach((name, values) -> {
				if (NOT_KEPT.stream().noneMatch(name::equalsIgnoreCase)) {
					kept.put(name, List.copyOf(values));
				}
			});
			return HttpHeaders.readOnlyHttpHeaders(kept);
		}

	}

}
