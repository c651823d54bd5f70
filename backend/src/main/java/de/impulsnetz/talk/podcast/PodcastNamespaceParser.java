package de.impulsnetz.talk.podcast;

import java.util.Locale;

import com.rometools.rome.feed.module.Module;
import com.rometools.rome.io.ModuleParser;
import org.jdom2.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@link PodcastNamespace} back from RSS 2.0, so that the site's own feeds can be
 * checked with Rome (and feeds of others read, should the site ever import them).
 */
public class PodcastNamespaceParser implements ModuleParser {

	@Override
	public String getNamespaceUri() {
		return PodcastNamespace.URI;
	}

	@Override
	public @Nullable Module parse(Element parent, Locale locale) {
		var ns = PodcastNamespaceGenerator.NAMESPACE;
		PodcastNamespace podcast = new PodcastNamespace();
		boolean found = false;
		for (Element child : parent.getChildren()) {
			if (!ns.equals(child.getNamespace())) {
				continue;
			}
			found = true;
			switch (child.getName()) {
				case "guid" -> podcast.setGuid(child.getTextTrim());
				case "medium" -> podcast.setMedium(child.getTextTrim());
				case "locked" ->
					podcast.setLocked("yes".equalsIgnoreCase(child.getTextTrim()), child.getAttributeValue("owner"));
				case "license" -> podcast
					.setLicense(new PodcastNamespace.License(child.getTextTrim(), child.getAttributeValue("url")));
				case "person" -> podcast.getPersons()
					.add(new PodcastNamespace.Person(child.getTextTrim(), child.getAttributeValue("role"),
							child.getAttributeValue("group"), child.getAttributeValue("href")));
				case "transcript" -> podcast.getTranscripts()
					.add(new PodcastNamespace.Transcript(child.getAttributeValue("url"),
							child.getAttributeValue("type"), child.getAttributeValue("language"),
							child.getAttributeValue("rel")));
				case "chapters" -> podcast.setChapters(
						new PodcastNamespace.Chapters(child.getAttributeValue("url"), child.getAttributeValue("type")));
				default -> {
					// Tags this site does not use are left alone.
				}
			}
		}
		return found ? podcast : null;
	}

}
