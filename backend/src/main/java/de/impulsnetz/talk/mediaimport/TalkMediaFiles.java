package de.impulsnetz.talk.mediaimport;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;

/**
 * The files a talk's content file names next to it: its recording, captions by language,
 * chapters (lines like {@code 00:00 Begrüßung}) and slides.
 */
public record TalkMediaFiles(@Nullable Resource recording, Map<String, Resource> captions, @Nullable Resource chapters,
		@Nullable Resource slides) {

	public TalkMediaFiles {
		captions = Map.copyOf(captions);
	}

	public boolean isEmpty() {
		return this.recording == null && this.captions.isEmpty() && this.chapters == null && this.slides == null;
	}

}
