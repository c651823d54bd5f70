package de.impulsnetz.talk.podcast;

import java.util.Set;

import com.rometools.rome.feed.module.Module;
import com.rometools.rome.io.ModuleGenerator;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@link PodcastNamespace} into RSS 2.0 channels and items; Rome finds it through
 * {@code rome.properties}.
 */
public class PodcastNamespaceGenerator implements ModuleGenerator {

	static final Namespace NAMESPACE = Namespace.getNamespace(PodcastNamespace.PREFIX, PodcastNamespace.URI);

	@Override
	public String getNamespaceUri() {
		return PodcastNamespace.URI;
	}

	@Override
	public Set<Namespace> getNamespaces() {
		return Set.of(NAMESPACE);
	}

	@Override
	public void generate(Module module, Element parent) {
		PodcastNamespace podcast = (PodcastNamespace) module;
		text(parent, "guid", podcast.getGuid());
		text(parent, "medium", podcast.getMedium());
		if (podcast.getLocked() != null) {
			Element locked = text(parent, "locked", podcast.getLocked() ? "yes" : "no");
			attribute(locked, "owner", podcast.getLockOwner());
		}
		if (podcast.getLicense() != null) {
			Element license = text(parent, "license", podcast.getLicense().identifier());
			attribute(license, "url", podcast.getLicense().url());
		}
		for (PodcastNamespace.Person person : podcast.getPersons()) {
			Element element = text(parent, "person", person.name());
			attribute(element, "role", person.role());
			attribute(element, "group", person.group());
			attribute(element, "href", person.href());
		}
		for (PodcastNamespace.Transcript transcript : podcast.getTranscripts()) {
			Element element = element(parent, "transcript");
			attribute(element, "url", transcript.url());
			attribute(element, "type", transcript.type());
			attribute(element, "language", transcript.language());
			attribute(element, "rel", transcript.rel());
		}
		if (podcast.getChapters() != null) {
			Element chapters = element(parent, "chapters");
			attribute(chapters, "url", podcast.getChapters().url());
			attribute(chapters, "type", podcast.getChapters().type());
		}
	}

	private static Element element(Element parent, String name) {
		Element element = new Element(name, NAMESPACE);
		parent.addContent(element);
		return element;
	}

	private static Element text(Element parent, String name, @Nullable String text) {
		if (text == null) {
			return new Element(name, NAMESPACE);
		}
		Element element = element(parent, name);
		element.setText(text);
		return element;
	}

	private static void attribute(Element element, String name, @Nullable String value) {
		if (value != null) {
			element.setAttribute(name, value);
		}
	}

}
