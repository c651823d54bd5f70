package de.impulsnetz.barcamp.export;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SVG QR code, drawn back into pixels and read by ZXing's decoder: what a phone
 * camera would see.
 */
class QrCodesTests {

	private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

	private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");

	@Test
	void aPhoneReadsThePlansAddress() throws Exception {
		String url = "https://impulsnetz.example/veranstaltungen/barcamp-social-media-in-der-verwaltung-2027/plan";
		String svg = QrCodes.svg(url);
		Matcher box = VIEW_BOX.matcher(svg);
		assertThat(box.find()).isTrue();
		int size = Integer.parseInt(box.group(1));
		int scale = 4;
		int[] pixels = new int[size * size * scale * scale];
		Arrays.fill(pixels, 0xFFFFFFFF);
		Matcher module = MODULE.matcher(svg);
		while (module.find()) {
			int x = Integer.parseInt(module.group(1));
			int y = Integer.parseInt(module.group(2));
			for (int dy = 0; dy < scale; dy++) {
				for (int dx = 0; dx < scale; dx++) {
					pixels[(y * scale + dy) * size * scale + x * scale + dx] = 0xFF000000;
				}
			}
		}
		BinaryBitmap bitmap = new BinaryBitmap(
				new HybridBinarizer(new RGBLuminanceSource(size * scale, size * scale, pixels)));
		assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(url);
		assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").doesNotContain("<script");
	}

}
