package de.impulsnetz.talk.discovery;

import java.time.LocalDateTime;
import java.util.stream.Collectors;

import de.impulsnetz.shared.Berlin;
import de.impulsnetz.talk.Speaker;
import de.impulsnetz.talk.Talk;
import org.jspecify.annotations.Nullable;

/**
 * A talk as another module's page links to it, in the shape of
 * {@code fragments/_cards :: grid}.
 *
 * @param meta the speakers' names
 * @param when when the talk starts, Berlin time
 */
public record TalkLink(String href, String meta, String title, LocalDateTime when) {

	static TalkLink of(Talk talk) {
		return new TalkLink("/impulse/" + talk.series() + "/" + talk.slug(),
				talk.speakers().stream().map(Speaker::name).collect(Collectors.joining(", ")), talk.title(),
				Berlin.local(talk.startsAt()));
	}

	public @Nullable String text() {
		return null;
	}

}
