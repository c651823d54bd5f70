package de.impulsnetz.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The operator's videos in Deutsche Gebärdensprache (BITV 2.0 § 4): one per topic the
 * ordinance names, as files in a folder the operator fills ({@code
 * impulsnetz.sign-language.dir}): {@code angebot.mp4} (what the site offers),
 * {@code navigation.mp4} (how to find one's way), {@code barrierefreiheit.mp4} (the
 * accessibility statement), each with optional German captions next to it
 * ({@code angebot.vtt}). Nothing to upload through the site: copying the files is enough,
 * and they show at once.
 */
@Component
class SignLanguageVideos {

	/** The topics, in the order of the page; the names of their files. */
	static final List<String> TOPICS = List.of("angebot", "navigation", "barrierefreiheit");

	private final Path folder;

	SignLanguageVideos(@Value("${impulsnetz.sign-language.dir:data/gebaerdensprache}") Path folder) {
		this.folder = folder;
	}

	/**
	 * Every topic with its video, if the operator has put one in the folder.
	 */
	List<Topic> topics() {
		return TOPICS.stream().map((topic) -> new Topic(topic, video(topic).orElse(null))).toList();
	}

	/**
	 * The file of a topic's video ({@code mp4}) or captions ({@code vtt}); empty for
	 * anything else.
	 */
	Optional<Path> file(String topic, String extension) {
		if (!TOPICS.contains(topic) || !(extension.equals("mp4") || extension.equals("vtt"))) {
			return Optional.empty();
		}
		Path file = this.folder.resolve(topic + "." + extension);
		return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}

	private Optional<Video> video(String topic) {
		return file(topic, "mp4").map((file) -> new Video("/gebaerdensprache/" + topic + ".mp4", size(file),
				file(topic, "vtt").map((captions) -> "/gebaerdensprache/" + topic + ".vtt").orElse(null)));
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A topic of the page and its video, if there is one yet.
	 */
	record Topic(String name, @Nullable Video video) {

	}

	/**
	 * @param source the video's address on this site
	 * @param size its length in bytes
	 * @param captions the address of its German captions, if any
	 */
	record Video(String source, long size, @Nullable String captions) {

		/** The size for people, e.g. "12,3 MB". */
		String sizeLabel() {
			return String.format(Locale.GERMAN, "%.1f MB", Math.max(0.1, this.size / 1_000_000.0));
		}

	}

}
