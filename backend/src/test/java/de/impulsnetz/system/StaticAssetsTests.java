package de.impulsnetz.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.PageClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.netty.http.client.HttpClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the real web server (compression is Netty's): static assets under
 * content-hashed names, linked from the pages, cached for a year; plain names still
 * served; gzip above 1 KiB of text only.
 */
@IntegrationTest
class StaticAssetsTests {

	private static final String FONT = "url\\(\"(/vendor/kern/fonts/fira-sans/FiraSans-Regular-[0-9a-f]{32}\\.woff2)\"\\)";

	private static final String YEAR = "max-age=31536000, public, immutable";

	@Value("${local.server.port}")
	int port;

	private WebTestClient client;

	private final PageClient pages;

	StaticAssetsTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
	}

	@BeforeEach
	void connect() {
		// Reactor Netty's client as it is: Spring's connector would ask for gzip and
		// unpack it.
		this.client = WebTestClient.bindToServer(new ReactorClientHttpConnector(HttpClient.create()))
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(30))
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
			.build();
	}

	@Test
	void pagesLinkTheHashedAssetsWhichAreCachedForAYearWithoutASession() {
		String html = text("/praxis");
		String stylesheet = find(html, "href=\"(/vendor/kern/kern\\.min-[0-9a-f]{32}\\.css)\"");
		find(html, "href=\"(/css/impulsnetz-[0-9a-f]{32}\\.css)\"");
		String icon = find(html, "href=\"(/favicon-[0-9a-f]{32}\\.svg)\"");
		this.client.get().uri(icon).exchange().expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, YEAR);

		this.client.get()
			.uri(stylesheet)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, YEAR)
			.expectHeader()
			.doesNotExist(HttpHeaders.SET_COOKIE)
			.expectHeader()
			.doesNotExist(HttpHeaders.PRAGMA)
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff");
	}

	@Test
	void scriptsAreLinkedByTheirHash() {
		String html = text("/veranstaltungen/runder-tisch-21-altena/plan");
		String script = find(html, "src=\"(/js/plan-live-[0-9a-f]{32}\\.js)\"");
		this.client.get().uri(script).exchange().expectStatus().isOk();
	}

	@Test
	void theFontStylesheetLinksTheHashedFonts() {
		String css = text(find(text("/"), "href=\"(/vendor/kern/fonts/fira-sans-[0-9a-f]{32}\\.css)\""));
		String font = find(css, FONT);
		this.client.get()
			.uri(font)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("font/woff2")
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, YEAR);
	}

	@Test
	void aHashedAssetIsAnsweredFromMemoryAfterTheFirstRequestAsTheChainAnsweredIt(@Autowired StaticAssets assets)
			throws IOException {
		String stylesheet = find(text("/"), "href=\"(/vendor/kern/fonts/fira-sans-[0-9a-f]{32}\\.css)\"");
		EntityExchangeResult<byte[]> first = plain(stylesheet);
		assertThat(assets.keeps(stylesheet)).isTrue();
		EntityExchangeResult<byte[]> second = plain(stylesheet);
		assertThat(second.getResponseBody()).isEqualTo(first.getResponseBody());
		// The chain's rewriting of url()s is in the kept bytes.
		find(new String(second.getResponseBody(), StandardCharsets.UTF_8), FONT);
		for (String header : java.util.List.of(HttpHeaders.CACHE_CONTROL, HttpHeaders.CONTENT_TYPE,
				HttpHeaders.CONTENT_LENGTH, "X-Content-Type-Options")) {
			assertThat(second.getResponseHeaders().get(header)).as(header)
				.isNotEmpty()
				.isEqualTo(first.getResponseHeaders().get(header));
		}
		// Compressed on the way out like any answer; HEAD without a body.
		assertThat(gunzip(gzipped(stylesheet).getResponseBody()))
			.isEqualTo(new String(first.getResponseBody(), StandardCharsets.UTF_8));
		this.client.head()
			.uri(stylesheet)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentLength(first.getResponseBody().length)
			.expectBody()
			.isEmpty();
		// A range still goes through the chain.
		this.client.get()
			.uri(stylesheet)
			.header(HttpHeaders.RANGE, "bytes=0-9")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PARTIAL_CONTENT)
			.expectBody(byte[].class)
			.value((part) -> assertThat(part).hasSize(10));
	}

	private EntityExchangeResult<byte[]> plain(String path) {
		return this.client.get().uri(path).exchange().expectStatus().isOk().expectBody(byte[].class).returnResult();
	}

	@Test
	void plainNamesStillWorkWithAShortCacheAndAWrongHashIsNotFound() {
		String css = this.client.get()
			.uri("/vendor/kern/fonts/fira-sans.css")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "max-age=600, public")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(css).contains("@font-face");
		this.client.get()
			.uri("/css/impulsnetz-0123456789abcdef0123456789abcdef.css")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void linksKeepTheirQueryAndFragmentAndOnlyAssetsChange() {
		StaticAssets assets = new StaticAssets();
		assertThat(assets.link("/css/impulsnetz.css?druck#oben"))
			.matches("/css/impulsnetz-[0-9a-f]{32}\\.css\\?druck#oben");
		assertThat(assets.link("/js/plan-live.js")).matches("/js/plan-live-[0-9a-f]{32}\\.js");
		assertThat(assets.link("/praxis?thema=Recruiting")).isEqualTo("/praxis?thema=Recruiting");
		assertThat(assets.link("/css/unbekannt.css")).isEqualTo("/css/unbekannt.css");
		assertThat(assets.link("https://example.org/css/impulsnetz.css"))
			.isEqualTo("https://example.org/css/impulsnetz.css");
	}

	@Test
	void compressesTextAboveOneKibibyteOnly() throws IOException {
		EntityExchangeResult<byte[]> page = gzipped("/praxis");
		assertThat(page.getResponseHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		// A cache in front keeps the gzipped and the plain answer apart.
		assertThat(page.getResponseHeaders().getVary()).contains(HttpHeaders.ACCEPT_ENCODING);
		assertThat(gunzip(page.getResponseBody())).contains("</html>");

		EntityExchangeResult<byte[]> stylesheet = gzipped("/css/impulsnetz.css");
		assertThat(stylesheet.getResponseHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");

		// 187 bytes: sent as they are.
		EntityExchangeResult<byte[]> icon = gzipped("/favicon.svg");
		assertThat(icon.getResponseHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isNull();
		assertThat(icon.getResponseHeaders().getVary()).contains(HttpHeaders.ACCEPT_ENCODING);
		assertThat(new String(icon.getResponseBody(), StandardCharsets.UTF_8)).startsWith("<svg");
	}

	@Test
	void fontsAreNotCompressedAgain() {
		String css = this.client.get()
			.uri("/vendor/kern/fonts/fira-sans.css")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		String font = find(css, FONT);
		assertThat(gzipped(font).getResponseHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isNull();
	}

	private EntityExchangeResult<byte[]> gzipped(String path) {
		return this.client.get()
			.uri(path)
			.header(HttpHeaders.ACCEPT_ENCODING, "gzip")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult();
	}

	private String text(String path) {
		return this.pages.get(null, path, HttpStatus.OK);
	}

	private static String find(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		assertThat(matcher.find()).as(regex).isTrue();
		return matcher.group(1);
	}

	private static String gunzip(byte[] bytes) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
