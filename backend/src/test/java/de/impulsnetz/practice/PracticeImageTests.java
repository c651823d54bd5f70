package de.impulsnetz.practice;

import de.impulsnetz.Members;
import de.impulsnetz.practice.authoring.PracticeEditorTests;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.SignedIn;
import de.impulsnetz.PageClient;
import de.impulsnetz.identity.Member;
import de.impulsnetz.media.Images;
import de.impulsnetz.media.TestImages;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Images in the editor as a browser without JavaScript sends them: one multipart form
 * with the text, the file and its alt text. The image lands in GridFS, its Markdown at
 * the end of the text, the preview shows it; refusals name the reason in German and keep
 * everything typed.
 */
@IntegrationTest
class PracticeImageTests {

	private static final Pattern IMAGE_PATH = Pattern.compile("/medien/[A-Za-z0-9_-]{22}\\.(png|jpg|gif|webp)");

	private final PageClient pages;

	PracticeImageTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
	}

	@Autowired
	Images images;

	@Test
	void anUploadedImageIsInsertedShownInThePreviewAndServedWithoutItsMetadata() {
		String page = upload(Members.STEINFURT, "/praxis/neu", "foto.jpg", TestImages.jpegWithExif(64, 48),
				"Zwei Azubis filmen im Bürgerbüro", HttpStatus.OK);
		Matcher path = IMAGE_PATH.matcher(page);
		assertThat(path.find()).isTrue();
		String src = path.group();
		assertThat(src).endsWith(".jpg");
		// In the text for saving, in the preview for seeing, and nothing saved yet.
		assertThat(page).contains("![Zwei Azubis filmen im Bürgerbüro](" + src + ")")
			.contains("<img src=\"" + src + "\" alt=\"Zwei Azubis filmen im Bürgerbüro\"")
			.contains("Mein Text bleibt stehen.")
			.contains("value=\"Mit Bild\"")
			.contains("Noch ist nichts gespeichert.");

		byte[] served = this.pages.anonymous()
			.get()
			.uri(src)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.IMAGE_JPEG)
			.expectHeader()
			.valueMatches("Cache-Control", ".*max-age=31536000.*immutable.*")
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		assertThat(served).isEqualTo(TestImages.jpeg(64, 48));
		assertThat(TestImages.contains(served, TestImages.GPS_NOTE)).isFalse();
	}

	@Test
	void theTypeComesFromTheBytesNotFromTheName() {
		String page = upload(Members.STEINFURT, "/praxis/neu", "bild.png",
				"<svg><script>alert(1)</script></svg>".getBytes(), "Ein Bild", HttpStatus.BAD_REQUEST);
		assertThat(page).contains("Diese Datei ist kein PNG-, JPEG-, GIF- oder WebP-Bild.")
			.contains("Mein Text bleibt stehen.")
			.contains("value=\"Ein Bild\"");
		assertThat(IMAGE_PATH.matcher(page).find()).isFalse();

		// A GIF named .jpg is stored and served as what it is.
		String gif = upload(Members.STEINFURT, "/praxis/neu", "foto.jpg", TestImages.gif(20, 10), "Logo",
				HttpStatus.OK);
		Matcher path = IMAGE_PATH.matcher(gif);
		assertThat(path.find()).isTrue();
		assertThat(path.group()).endsWith(".gif");
		this.pages.anonymous().get().uri(path.group()).exchange().expectHeader().contentType(MediaType.IMAGE_GIF);
	}

	@Test
	void withoutAltTextNothingIsStored() {
		String page = upload(Members.STEINFURT, "/praxis/neu", "foto.png", TestImages.png(40, 30), "  ",
				HttpStatus.BAD_REQUEST);
		assertThat(page).contains("Bitte beschreiben Sie, was auf dem Bild zu sehen ist.")
			.containsPattern("id=\"imageAlt\"[^>]*aria-invalid=\"true\"");
		assertThat(IMAGE_PATH.matcher(page).find()).isFalse();
	}

	@Test
	void moreThanFiveMegabytesIsRefusedWithAClearMessage() {
		byte[] png = TestImages.png(40, 30);
		byte[] big = new byte[Images.MAX_BYTES + 1];
		System.arraycopy(png, 0, big, 0, png.length);
		String page = upload(Members.STEINFURT, "/praxis/neu", "gross.png", big, "Groß", HttpStatus.BAD_REQUEST);
		assertThat(page).contains("Die Datei ist größer als 5 MB.").contains("Mein Text bleibt stehen.");
	}

	@Test
	void afterTheDailyLimitTheFormSaysSoAndKeepsTheText() {
		Member member = new Member("m-bilder-tag", "tara", "Tara Tag", null, "kreis-steinfurt", Set.of());
		for (int i = 0; i < 30; i++) {
			this.images
				.store(Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(TestImages.png(40, 30))), "Bild " + i,
						member)
				.block();
		}
		String page = upload(member, "/praxis/neu", "foto.png", TestImages.png(40, 30), "Noch eins",
				HttpStatus.BAD_REQUEST);
		assertThat(page).contains("so viele Bilder hochgeladen, wie möglich ist").contains("Mein Text bleibt stehen.");
	}

	@Test
	void pressingTheButtonWithoutAFileSaysSo() {
		MultipartBodyBuilder form = form("Mit Bild", null, null, "Ein Bild");
		String page = send(Members.STEINFURT, "/praxis/neu", form, HttpStatus.BAD_REQUEST);
		assertThat(page).contains("Bitte wählen Sie eine Bilddatei aus.");
	}

	@Test
	void imagesWithoutAltTextOrFromElsewhereAreNotSaved() {
		MultiValueMap<String, String> noAlt = PracticeEditorTests.form("Bild ohne Beschreibung",
				"## Kernaussagen\n\n![](/medien/abc.png)");
		String page = this.pages.post(Members.STEINFURT, "/praxis/neu", noAlt, HttpStatus.BAD_REQUEST);
		assertThat(page).contains("Jedes Bild im Text braucht einen Alternativtext");
		MultiValueMap<String, String> foreign = PracticeEditorTests.form("Bild von woanders",
				"## Kernaussagen\n\n![Logo](https://tracker.example/logo.png)");
		page = this.pages.post(Members.STEINFURT, "/praxis/neu", foreign, HttpStatus.BAD_REQUEST);
		assertThat(page).contains("Bilder von anderen Seiten werden nicht angezeigt.");
	}

	@Test
	void uploadingNeedsALoginAndTheFormsToken() {
		MultipartBodyBuilder form = form("Mit Bild", "foto.png", TestImages.png(40, 30), "Ein Bild");
		this.pages.anonymous()
			.mutateWith(SecurityMockServerConfigurers.csrf())
			.post()
			.uri("/praxis/neu")
			.body(BodyInserters.fromMultipartData(form.build()))
			.exchange()
			.expectStatus()
			.is3xxRedirection();
		this.pages.anonymous()
			.mutateWith(SignedIn.as(Members.STEINFURT))
			.post()
			.uri("/praxis/neu")
			.body(BodyInserters.fromMultipartData(form.build()))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void anUnknownImageIsANotFoundPage() {
		this.pages.get(null, "/medien/AAAAAAAAAAAAAAAAAAAAAA.png", HttpStatus.NOT_FOUND);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theMembersUploadsAreInTheirExportAndLoseTheirNameOnErasure() {
		Member member = new Member("m-bilder", "bea", "Bea Bild", null, "kreis-steinfurt", Set.of());
		String page = upload(member, "/praxis/neu", "foto.png", TestImages.png(40, 30), "Plakat am Rathaus",
				HttpStatus.OK);
		Matcher path = IMAGE_PATH.matcher(page);
		assertThat(path.find()).isTrue();
		var exported = (List<Map<String, Object>>) this.images.export(member).block();
		assertThat(exported).singleElement()
			.satisfies((entry) -> assertThat(entry).containsEntry("adresse", path.group())
				.containsEntry("alternativtext", "Plakat am Rathaus"));
		this.images.erase(member).block();
		assertThat((List<Object>) this.images.export(member).block()).isEmpty();
		// The image stays for the case it belongs to.
		this.pages.anonymous().get().uri(path.group()).exchange().expectStatus().isOk();
	}

	private String upload(Member member, String path, String filename, byte[] bytes, String alt, HttpStatus status) {
		return send(member, path, form("Mit Bild", filename, bytes, alt), status);
	}

	private String send(Member member, String path, MultipartBodyBuilder form, HttpStatus status) {
		return this.pages.as(member)
			.post()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.body(BodyInserters.fromMultipartData(form.build()))
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static MultipartBodyBuilder form(String title, String filename, byte[] bytes, String alt) {
		MultipartBodyBuilder form = new MultipartBodyBuilder();
		PracticeEditorTests.form(title, "## Kernaussagen\n\nMein Text bleibt stehen.")
			.forEach((name, values) -> values.forEach((value) -> form.part(name, value)));
		form.part("action", "bild");
		form.part("imageAlt", alt);
		if (filename != null) {
			form.part("image", new ByteArrayResource(bytes) {
				@Override
				public String getFilename() {
					return filename;
				}
			}).contentType(MediaType.APPLICATION_OCTET_STREAM);
		}
		return form;
	}

}
