package de.impulsnetz.talk.captions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Slides are recognised by their bytes and read by PDFBox; what is no readable PDF is
 * refused with the reason.
 */
class TalkSlidesTests {

	@TempDir
	Path folder;

	@Test
	void readsThePagesAndTheTextOfAPdf() throws IOException {
		Path pdf = write("folien.pdf", TestPdfs.slides("Bürgergeld im Jobcenter", "Fragen und Antworten"));

		TalkSlides.Extracted read = TalkSlides.read(pdf);

		assertThat(read.pages()).isEqualTo(2);
		assertThat(read.bytes()).isEqualTo(Files.size(pdf));
		assertThat(read.text()).contains("Bürgergeld im Jobcenter", "Fragen und Antworten");
	}

	@Test
	void refusesWhatIsNoPdfByItsBytesWhateverItIsCalled() throws IOException {
		Path png = write("folien.pdf", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });

		assertThatThrownBy(() -> TalkSlides.read(png)).isInstanceOfSatisfying(SlidesRejected.class,
				(rejected) -> assertThat(rejected.reason()).isEqualTo(SlidesRejected.Reason.NOT_PDF));
	}

	@Test
	void refusesABrokenPdfAndAnEmptyFile() throws IOException {
		byte[] pdf = TestPdfs.slides("Abgeschnitten");
		Path truncated = write("kaputt.pdf", Arrays.copyOf(pdf, 40));
		Path garbage = write("muell.pdf", "%PDF-1.7\nkein PDF".getBytes(StandardCharsets.US_ASCII));

		assertThatThrownBy(() -> TalkSlides.read(truncated)).isInstanceOfSatisfying(SlidesRejected.class,
				(rejected) -> assertThat(rejected.reason()).isEqualTo(SlidesRejected.Reason.BROKEN));
		assertThatThrownBy(() -> TalkSlides.read(garbage)).isInstanceOfSatisfying(SlidesRejected.class,
				(rejected) -> assertThat(rejected.messageKey()).isEqualTo("talk.captions.slides.rejected.broken"));
		assertThatThrownBy(() -> TalkSlides.read(write("leer.pdf", new byte[0]))).isInstanceOfSatisfying(
				SlidesRejected.class,
				(rejected) -> assertThat(rejected.reason()).isEqualTo(SlidesRejected.Reason.EMPTY));
	}

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(this.folder.resolve(name), bytes);
	}

}
