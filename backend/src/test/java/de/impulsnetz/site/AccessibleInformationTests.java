package de.impulsnetz.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.PageClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The information BITV 2.0 § 4 asks for: Leichte Sprache and Deutsche Gebärdensprache,
 * linked from every page, from the accessibility statement and in English. (axe-core and
 * the keyboard: {@code LoginBrowserIT}.)
 */
@IntegrationTest
class AccessibleInformationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	ApplicationContext context;

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/praxis", "/impulse", "/kommunen/kreis-steinfurt", "/impressum", "/suche?q=video",
			"/leichte-sprache", "/gebaerdensprache" })
	void everyPageLinksBothWithTheirSymbols(String path) {
		assertThat(html(path, false)).contains("href=\"/leichte-sprache\"")
			.contains("src=\"/img/leichte-sprache-")
			.contains("href=\"/gebaerdensprache\"")
			.contains("src=\"/img/gebaerdensprache-");
	}

	@Test
	void theAccessibilityStatementNamesBoth() {
		String html = html("/barrierefreiheit", false);
		assertThat(html).contains("Leichte Sprache und Gebärdensprache")
			.contains("<a class=\"kern-link\" href=\"/leichte-sprache\">Das Impulsnetz in Leichter Sprache</a>")
			.contains(
					"<a class=\"kern-link\" href=\"/gebaerdensprache\">Informationen in Deutscher Gebärdensprache</a>");
		assertThat(html("/barrierefreiheit", true)).contains("Easy Read and sign language");
	}

	@Test
	void leichteSpracheExplainsTheSiteInShortSentences() {
		String html = html("/leichte-sprache", false);
		assertThat(html).contains("<html lang=\"de\">")
			.contains("Das Impulsnetz in Leichter Sprache")
			.contains("Eine Kommune ist zum Beispiel eine Stadt, eine Gemeinde oder ein Kreis.")
			.contains("Oben auf jeder Seite ist ein Menü.")
			.contains("href=\"/barrierefreiheit\"")
			.contains("mailto:")
			.contains("class=\"kern-container site-main easy-read\"");
		assertThat(html("/leichte-sprache", true)).contains("<html lang=\"en\">").contains("Impulsnetz in Easy Read");
	}

	@Test
	void gebaerdenspracheSaysPlainlyThatNoVideoIsThereYet() {
		String html = html("/gebaerdensprache", false);
		assertThat(html).contains("Informationen in Deutscher Gebärdensprache")
			.contains("Die Videos in Gebärdensprache gibt es noch nicht.")
			.doesNotContain("<video");
		assertThat(html("/gebaerdensprache", true)).contains("The videos in sign language are not there yet.");
		this.client.get().uri("/gebaerdensprache/angebot.mp4").exchange().expectStatus().isNotFound();
	}

	@Test
	void theOperatorsVideosArePlayedWithCaptionsAndServedInRanges() throws IOException {
		Files.write(this.folder.resolve("angebot.mp4"), new byte[2_000]);
		Files.writeString(this.folder.resolve("angebot.vtt"), "WEBVTT\n\n00:00.000 --> 00:01.000\nHallo\n");
		SignLanguageVideos videos = new SignLanguageVideos(this.folder);

		assertThat(videos.topics()).extracting(SignLanguageVideos.Topic::name)
			.containsExactly("angebot", "navigation", "barrierefreiheit");
		assertThat(videos.topics().get(0).video()).isEqualTo(
				new SignLanguageVideos.Video("/gebaerdensprache/angebot.mp4", 2_000, "/gebaerdensprache/angebot.vtt"));
		assertThat(videos.topics().get(1).video()).isNull();
		assertThat(videos.file("../geheim", "mp4")).isEmpty();
		assertThat(videos.file("angebot", "html")).isEmpty();

		WebTestClient files = WebTestClient
			.bindToController(new AccessibleInformationController(videos,
					new Operator("Betrieb", "Straße 1", "12345 Stadt", "kontakt@example.org", "Leitung")))
			.build();
		files.get()
			.uri("/gebaerdensprache/angebot.mp4")
			.header("Range", "bytes=0-99")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PARTIAL_CONTENT)
			.expectHeader()
			.contentType("video/mp4")
			.expectHeader()
			.valueEquals("Content-Range", "bytes 0-99/2000");
		files.get()
			.uri("/gebaerdensprache/angebot.vtt")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((vtt) -> assertThat(vtt).startsWith("WEBVTT"));
		files.get().uri("/gebaerdensprache/navigation.mp4").exchange().expectStatus().isNotFound();
	}

	private String html(String path, boolean english) {
		String address = english ? path + (path.contains("?") ? "&" : "?") + "lang=en" : path;
		return new PageClient(this.context).get(null, address, HttpStatus.OK);
	}

}
