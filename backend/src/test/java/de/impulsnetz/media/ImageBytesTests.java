package de.impulsnetz.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import de.impulsnetz.media.ImageRejected.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Uploads are judged by their bytes, and leave their camera metadata behind.
 */
class ImageBytesTests {

	@Test
	void recognisesEachTypeByItsBytesAndReadsItsSize() {
		assertThat(ImageBytes.clean(TestImages.png(40, 30))).satisfies((image) -> {
			assertThat(image.type()).isEqualTo(ImageType.PNG);
			assertThat(image.width()).isEqualTo(40);
			assertThat(image.height()).isEqualTo(30);
		});
		assertThat(ImageBytes.clean(TestImages.jpeg(64, 48))).extracting("type", "width", "height")
			.containsExactly(ImageType.JPEG, 64, 48);
		assertThat(ImageBytes.clean(TestImages.gif(20, 10))).extracting("type", "width", "height")
			.containsExactly(ImageType.GIF, 20, 10);
		assertThat(ImageBytes.clean(TestImages.webpWithExif(300, 200))).extracting("type", "width", "height")
			.containsExactly(ImageType.WEBP, 300, 200);
	}

	@Test
	void removesTheLocationAPhoneWroteIntoAJpegAndKeepsThePicture() throws IOException {
		byte[] upload = TestImages.jpegWithExif(64, 48);
		assertThat(TestImages.contains(upload, TestImages.GPS_NOTE)).isTrue();
		byte[] stored = ImageBytes.clean(upload).bytes();
		assertThat(TestImages.contains(stored, TestImages.GPS_NOTE)).isFalse();
		assertThat(stored).isEqualTo(TestImages.jpeg(64, 48));
		BufferedImage picture = ImageIO.read(new ByteArrayInputStream(stored));
		assertThat(picture.getWidth()).isEqualTo(64);
	}

	@Test
	void removesTextChunksFromAPngAndKeepsItReadable() throws IOException {
		byte[] stored = ImageBytes.clean(TestImages.pngWithText(40, 30)).bytes();
		assertThat(TestImages.contains(stored, TestImages.GPS_NOTE)).isFalse();
		assertThat(stored).isEqualTo(TestImages.png(40, 30));
		assertThat(ImageIO.read(new ByteArrayInputStream(stored)).getHeight()).isEqualTo(30);
	}

	@Test
	void removesExifFromAWebpAndSaysSoInItsHeader() {
		byte[] stored = ImageBytes.clean(TestImages.webpWithExif(300, 200)).bytes();
		assertThat(TestImages.contains(stored, TestImages.GPS_NOTE)).isFalse();
		assertThat(TestImages.contains(stored, "EXIF")).isFalse();
		// VP8X flags no longer announce EXIF; the RIFF size matches the file.
		assertThat(stored[20] & 0x08).isZero();
		int riffSize = (stored[4] & 0xff) | (stored[5] & 0xff) << 8 | (stored[6] & 0xff) << 16;
		assertThat(riffSize + 8).isEqualTo(stored.length);
	}

	@Test
	void aNameOrClaimedTypeDoesNotMakeAnImage() {
		byte[] text = "Das ist kein Bild, auch wenn die Datei foto.png heißt.".getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(ImageRejected.class).isThrownBy(() -> ImageBytes.clean(text))
			.extracting(ImageRejected::reason)
			.isEqualTo(Reason.UNSUPPORTED_TYPE);
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
			.getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(ImageRejected.class).isThrownBy(() -> ImageBytes.clean(svg))
			.extracting(ImageRejected::reason)
			.isEqualTo(Reason.UNSUPPORTED_TYPE);
		assertThatExceptionOfType(ImageRejected.class).isThrownBy(() -> ImageBytes.clean(new byte[0]))
			.extracting(ImageRejected::reason)
			.isEqualTo(Reason.EMPTY);
	}

	@Test
	void aCutOffFileIsRefusedAsUnreadable() {
		byte[] png = TestImages.png(40, 30);
		byte[] cut = Arrays.copyOf(png, 40);
		assertThatExceptionOfType(ImageRejected.class).isThrownBy(() -> ImageBytes.clean(cut))
			.extracting(ImageRejected::reason)
			.isEqualTo(Reason.UNREADABLE);
		byte[] jpeg = Arrays.copyOf(TestImages.jpeg(64, 48), 30);
		assertThatExceptionOfType(ImageRejected.class).isThrownBy(() -> ImageBytes.clean(jpeg))
			.extracting(ImageRejected::reason)
			.isEqualTo(Reason.UNREADABLE);
	}

	@Test
	void aHeaderPromisingHundredsOfMegapixelsIsRefused() {
		byte[] bomb = TestImages.webpWithExif(16_000, 16_000);
		assertThatExceptionOfType(ImageRejected.class).isThrownBy(() -> ImageBytes.clean(bomb))
			.extracting(ImageRejected::reason)
			.isEqualTo(Reason.TOO_MANY_PIXELS);
	}

}
