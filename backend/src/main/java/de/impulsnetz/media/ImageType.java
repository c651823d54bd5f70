package de.impulsnetz.media;

import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats members may upload, recognised by their first bytes ("magic
 * numbers"), never by the file name or the type the browser claims. SVG is not among
 * them: it can carry scripts.
 */
public enum ImageType {

	PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }),

	JPEG("image/jpeg", "jpg", new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff }),

	GIF("image/gif", "gif", new byte[] { 'G', 'I', 'F', '8' }),

	WEBP("image/webp", "webp", new byte[] { 'R', 'I', 'F', 'F' });

	private final String mediaType;

	private final String extension;

	private final byte[] magic;

	ImageType(String mediaType, String extension, byte[] magic) {
		this.mediaType = mediaType;
		this.extension = extension;
		this.magic = magic;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String extension() {
		return this.extension;
	}

	/**
	 * The type the bytes are, if they are one of ours.
	 */
	public static Optional<ImageType> detect(byte[] bytes) {
		return Arrays.stream(values()).filter((type) -> type.matches(bytes)).findFirst();
	}

	private boolean matches(byte[] bytes) {
		if (!startsWith(bytes, this.magic)) {
			return false;
		}
		// RIFF is a container; WebP says so at offset 8.
		return this != WEBP
				|| (bytes.length >= 12 && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P');
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

}
