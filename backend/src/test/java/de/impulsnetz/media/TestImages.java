package de.impulsnetz.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/**
 * Real image files made with ImageIO, and the metadata a phone would add to them.
 */
public final class TestImages {

	/** What a phone writes into a photo: where it was taken. */
	public static final String GPS_NOTE = "GPS 52.1506 7.3355 Steinfurt";

	private TestImages() {
	}

	public static byte[] png(int width, int height) {
		return write("png", width, height);
	}

	public static byte[] jpeg(int width, int height) {
		return write("jpeg", width, height);
	}

	public static byte[] gif(int width, int height) {
		return write("gif", width, height);
	}

	/**
	 * A PNG with a text chunk holding {@link #GPS_NOTE}, right after the header.
	 */
	public static byte[] pngWithText(int width, int height) {
		byte[] png = png(width, height);
		byte[] text = ("Comment\0" + GPS_NOTE).getBytes(StandardCharsets.ISO_8859_1);
		ByteBuffer chunk = ByteBuffer.allocate(12 + text.length);
		chunk.putInt(text.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(text);
		CRC32 crc = new CRC32();
		crc.update(chunk.array(), 4, 4 + text.length);
		chunk.putInt((int) crc.getValue());
		return splice(png, 33, chunk.array());
	}

	/**
	 * A JPEG with an EXIF segment (APP1) holding {@link #GPS_NOTE}, right after SOI.
	 */
	public static byte[] jpegWithExif(int width, int height) {
		byte[] payload = ("Exif\0\0" + GPS_NOTE).getBytes(StandardCharsets.ISO_8859_1);
		ByteBuffer segment = ByteBuffer.allocate(4 + payload.length);
		segment.put((byte) 0xff).put((byte) 0xe1).putShort((short) (2 + payload.length)).put(payload);
		return splice(jpeg(width, height), 2, segment.array());
	}

	/**
	 * The header of a lossless WebP (VP8X with EXIF flag, EXIF chunk, VP8L header). Only
	 * the container is real, which is all the upload checks read.
	 */
	public static byte[] webpWithExif(int width, int height) {
		ByteArrayOutputStream chunks = new ByteArrayOutputStream();
		ByteBuffer vp8x = little(18);
		vp8x.put("VP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10).put((byte) 0x08).put(new byte[3]);
		putInt24(vp8x, width - 1);
		putInt24(vp8x, height - 1);
		chunks.writeBytes(vp8x.array());
		byte[] exif = GPS_NOTE.getBytes(StandardCharsets.ISO_8859_1);
		ByteBuffer exifChunk = little(8 + exif.length + (exif.length & 1));
		exifChunk.put("EXIF".getBytes(StandardCharsets.US_ASCII)).putInt(exif.length).put(exif);
		chunks.writeBytes(exifChunk.array());
		ByteBuffer vp8l = little(14);
		vp8l.put("VP8L".getBytes(StandardCharsets.US_ASCII))
			.putInt(6)
			.put((byte) 0x2f)
			.putInt((width - 1) | ((height - 1) << 14))
			.put((byte) 0);
		chunks.writeBytes(vp8l.array());
		byte[] body = chunks.toByteArray();
		ByteBuffer riff = little(12 + body.length);
		riff.put("RIFF".getBytes(StandardCharsets.US_ASCII))
			.putInt(4 + body.length)
			.put("WEBP".getBytes(StandardCharsets.US_ASCII))
			.put(body);
		return riff.array();
	}

	public static boolean contains(byte[] haystack, String needle) {
		return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
	}

	private static ByteBuffer little(int size) {
		return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
	}

	private static void putInt24(ByteBuffer buffer, int value) {
		buffer.put((byte) value).put((byte) (value >>> 8)).put((byte) (value >>> 16));
	}

	private static byte[] splice(byte[] bytes, int at, byte[] insert) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(bytes, 0, at);
		out.writeBytes(insert);
		out.write(bytes, at, bytes.length - at);
		return out.toByteArray();
	}

	private static byte[] write(String format, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x00, 0x5c, 0xa9));
		graphics.fillRect(0, 0, width, height / 2);
		graphics.dispose();
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
