package de.impulsnetz.system;

import java.util.stream.IntStream;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.Members;
import de.impulsnetz.PageClient;
import de.impulsnetz.media.TestImages;
import de.impulsnetz.practice.authoring.PracticeEditorTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Multipart requests cannot fill the disk: a part over 6 MB, a request over 8 MB in all
 * and a request of more parts than any form has are refused with a German answer, not
 * with a server error.
 */
@IntegrationTest
class MultipartLimitTests {

	private static final int MB = 1024 * 1024;

	private final PageClient pages;

	MultipartLimitTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
	}

	@Test
	void aPartOverSixMegabytesIsRefusedWithAGermanPage() {
		assertThat(refused(form(image(7 * MB)))).contains("höchstens 5 MB");
	}

	@Test
	void aRequestOverEightMegabytesInAllIsRefused() {
		MultipartBodyBuilder form = form(image(5 * MB));
		form.part("extra", new ByteArrayResource(new byte[5 * MB]) {
			@Override
			public String getFilename() {
				return "noch-eins.bin";
			}
		}).contentType(MediaType.APPLICATION_OCTET_STREAM);
		refused(form);
	}

	@Test
	void morePartsThanAnyFormHasAreRefused() {
		MultipartBodyBuilder form = form(image(1024));
		IntStream.range(0, 150).forEach((i) -> form.part("topics", "thema-" + i));
		refused(form);
	}

	@Test
	void apiClientsGetAGermanProblemDetail() {
		send(form(image(7 * MB)), MediaType.APPLICATION_JSON).expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Anfrage zu groß");
	}

	private String refused(MultipartBodyBuilder form) {
		String page = send(form, MediaType.TEXT_HTML).expectStatus()
			.isEqualTo(413)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("Das war zu viel auf einmal");
		return page;
	}

	private ResponseSpec send(MultipartBodyBuilder form, MediaType accept) {
		return this.pages.as(Members.STEINFURT)
			.post()
			.uri("/praxis/neu")
			.accept(accept)
			.body(BodyInserters.fromMultipartData(form.build()))
			.exchange();
	}

	private static byte[] image(int size) {
		byte[] png = TestImages.png(40, 30);
		byte[] bytes = new byte[Math.max(size, png.length)];
		System.arraycopy(png, 0, bytes, 0, png.length);
		return bytes;
	}

	private static MultipartBodyBuilder form(byte[] image) {
		MultipartBodyBuilder form = new MultipartBodyBuilder();
		PracticeEditorTests.form("Zu viel", "## Kernaussagen\n\nMein Text bleibt stehen.")
			.forEach((name, values) -> values.forEach((value) -> form.part(name, value)));
		form.part("action", "bild");
		form.part("imageAlt", "Ein Bild");
		form.part("image", new ByteArrayResource(image) {
			@Override
			public String getFilename() {
				return "foto.png";
			}
		}).contentType(MediaType.APPLICATION_OCTET_STREAM);
		return form;
	}

}
