package de.impulsnetz.media;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

import de.impulsnetz.media.ImageRejected.Reason;

/**
 * Reads an uploaded image's type and size in pixels from its bytes and removes the
 * metadata a camera or phone writes into it: EXIF (with the GPS position where a photo
 * was taken), XMP, IPTC and text comments. The pixels are copied unchanged, so nothing is
 * re-encoded and no quality is lost.
 *
 * <p>
 * Only the container structure is parsed (PNG chunks, JPEG segments, RIFF chunks, the GIF
 * screen descriptor); a file whose structure is cut off or inconsistent is refused.
 */
final class ImageBytes {

	/** 40 megapixels: more than any phone photo, less than a decompression bomb. */
	static final long MAX_PIXELS = 40_000_000L;

	private static final Set<String> PNG_METADATA = Set.of("eXIf", "tEXt", "zTXt", "iTXt", "tIME");

	private static final Set<String> WEBP_METADATA = Set.of("EXIF", "XMP ");

	private static final int JPEG_APP1 = 0xe1;

	private static final int JPEG_APP13 = 0xed;

	private static final int JPEG_COMMENT = 0xfe;

	private static final int JPEG_START_OF_SCAN = 0xda;

	private static final int JPEG_END = 0xd9;

	private ImageBytes() {
	}

	/**
	 * An image as stored: its type, pixel size and bytes without metadata.
	 */
	record Cleaned(ImageType type, int width, int height, byte[] bytes) {

	}

	static Cleaned clean(byte[] bytes) {
		if (bytes.length == 0) {
			throw new ImageRejected(Reason.EMPTY);
		}
		ImageType type = ImageType.detect(bytes).orElseThrow(() -> new ImageRejected(Reason.UNSUPPORTED_TYPE));
		try {
			Cleaned cleaned = switch (type) {
				case PNG -> png(bytes);
				case JPEG -> jpeg(bytes);
				case GIF -> gif(bytes);
				case WEBP -> webp(bytes);
			};
			if (cleaned.width() <= 0 || cleaned.height() <= 0) {
				throw new ImageRejected(Reason.UNREADABLE);
			}
			if ((long) cleaned.width() * cleaned.height() > MAX_PIXELS) {
				throw new ImageRejected(Reason.TOO_MANY_PIXELS);
			}
			return cleaned;
		}
		catch (IndexOutOfBoundsException ex) {
			throw new ImageRejected(Reason.UNREADABLE);
		}
	}

	private static Cleaned png(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
		out.write(bytes, 0, 8);
		int width = -1;
		int height = -1;
		int position = 8;
		boolean ended = false;
		while (!ended) {
			int length = bigEndian32(bytes, position);
			String chunk = ascii(bytes, position + 4, 4);
			int total = 12 + length;
			if (length < 0 || position + total > bytes.length) {
				throw new ImageRejected(Reason.UNREADABLE);
			}
			if ("IHDR".equals(chunk)) {
				width = bigEndian32(bytes, position + 8);
				height = bigEndian32(bytes, position + 12);
			}
			if (!PNG_METADATA.contains(chunk)) {
				out.write(bytes, position, total);
			}
			ended = "IEND".equals(chunk);
			position += total;
		}
		return new Cleaned(ImageType.PNG, width, height, out.toByteArray());
	}

	private static Cleaned jpeg(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
		out.write(bytes, 0, 2);
		int width = -1;
		int height = -1;
		int position = 2;
		while (true) {
			if ((bytes[position] & 0xff) != 0xff) {
				throw new ImageRejected(Reason.UNREADABLE);
			}
			while ((bytes[position + 1] & 0xff) == 0xff) {
				position++;
			}
			int marker = bytes[position + 1] & 0xff;
			if (marker == JPEG_END) {
				out.write(bytes, position, 2);
				break;
			}
			if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
				out.write(bytes, position, 2);
				position += 2;
				continue;
			}
			int length = bigEndian16(bytes, position + 2);
			if (length < 2 || position + 2 + length > bytes.length) {
				throw new ImageRejected(Reason.UNREADABLE);
			}
			if (isStartOfFrame(marker)) {
				height = bigEndian16(bytes, position + 5);
				width = bigEndian16(bytes, position + 7);
			}
			if (marker == JPEG_START_OF_SCAN) {
				// The entropy-coded data and everything after it stay as they are.
				out.write(bytes, position, bytes.length - position);
				break;
			}
			if (marker != JPEG_APP1 && marker != JPEG_APP13 && marker != JPEG_COMMENT) {
				out.write(bytes, position, 2 + length);
			}
			position += 2 + length;
		}
		return new Cleaned(ImageType.JPEG, width, height, out.toByteArray());
	}

	private static boolean isStartOfFrame(int marker) {
		return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
	}

	private static Cleaned gif(byte[] bytes) {
		int width = littleEndian16(bytes, 6);
		int height = littleEndian16(bytes, 8);
		return new Cleaned(ImageType.GIF, width, height, bytes.clone());
	}

	private static Cleaned webp(byte[] bytes) {
		int end = Math.min(bytes.length, 8 + littleEndian32(bytes, 4));
		ByteArrayOutputStream chunks = new ByteArrayOutputStream(bytes.length);
		int width = -1;
		int height = -1;
		int position = 12;
		while (position + 8 <= end) {
			String chunk = ascii(bytes, position, 4);
			int size = littleEndian32(bytes, position + 4);
			int total = 8 + size + (size & 1);
			if (size < 0 || position + 8 + size > end) {
				throw new ImageRejected(Reason.UNREADABLE);
			}
			int data = position + 8;
			byte[] copy = Arrays.copyOfRange(bytes, position, Math.min(position + total, end));
			switch (chunk) {
				case "VP8X" -> {
					// Say the file no longer carries EXIF (bit 3) or XMP (bit 2).
					copy[8] = (byte) (copy[8] & ~0x0c);
					width = 1 + littleEndian24(bytes, data + 4);
					height = 1 + littleEndian24(bytes, data + 7);
				}
				case "VP8L" -> {
					if (width < 0) {
						int bits = littleEndian32(bytes, data + 1);
						width = 1 + (bits & 0x3fff);
						height = 1 + ((bits >>> 14) & 0x3fff);
					}
				}
				case "VP8 " -> {
					if (width < 0) {
						width = littleEndian16(bytes, data + 6) & 0x3fff;
						height = littleEndian16(bytes, data + 8) & 0x3fff;
					}
				}
				default -> {
				}
			}
			if (!WEBP_METADATA.contains(chunk)) {
				chunks.writeBytes(copy);
			}
			position += total;
		}
		byte[] body = chunks.toByteArray();
		ByteArrayOutputStream out = new ByteArrayOutputStream(12 + body.length);
		out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
		int riffSize = 4 + body.length;
		out.writeBytes(new byte[] { (byte) riffSize, (byte) (riffSize >>> 8), (byte) (riffSize >>> 16),
				(byte) (riffSize >>> 24) });
		out.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(body);
		return new Cleaned(ImageType.WEBP, width, height, out.toByteArray());
	}

	private static String ascii(byte[] bytes, int offset, int length) {
		if (offset + length > bytes.length) {
			throw new IndexOutOfBoundsException(offset + length);
		}
		return new String(bytes, offset, length, StandardCharsets.US_ASCII);
	}

	private static int bigEndian32(byte[] bytes, int offset) {
		return ((bytes[offset] & 0xff) << 24) | ((bytes[offset + 1] & 0xff) << 16) | ((bytes[offset + 2] & 0xff) << 8)
				| (bytes[offset + 3] & 0xff);
	}

	private static int bigEndian16(byte[] bytes, int offset) {
		return ((bytes[offset] & 0xff) << 8) | (bytes[offset + 1] & 0xff);
	}

	private static int littleEndian16(byte[] bytes, int offset) {
		return (bytes[offset] & 0xff) | ((bytes[offset + 1] & 0xff) << 8);
	}

	private static int littleEndian24(byte[] bytes, int offset) {
		return littleEndian16(bytes, offset) | ((bytes[offset + 2] & 0xff) << 16);
	}

	private static int littleEndian32(byte[] bytes, int offset) {
		return littleEndian24(bytes, offset) | ((bytes[offset + 3] & 0xff) << 24);
	}

}
