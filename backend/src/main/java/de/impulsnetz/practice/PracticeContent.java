package de.impulsnetz.practice;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.municipality.Platform;
import org.jspecify.annotations.Nullable;

/**
 * What the authors write: everything of a Praxisbeispiel that is edited, kept in every
 * revision and compared between versions.
 *
 * @param municipalities slugs of the authoring municipalities (co-authored cases allowed)
 * @param body Markdown
 * @param inspiredBy the talk that inspired the case, as {@code reihe/vortrag} (its key in
 * the search index); {@code null} when none
 */
public record PracticeContent(String title, String teaser, List<String> municipalities, List<Platform> channels,
		List<String> topics, MunicipalityKind institutionKind, String body, @Nullable Effort effort,
		List<KeyFigure> results, List<Link> links, @Nullable Contact contact, @Nullable String inspiredBy) {

	/** How a talk is named: series and talk slug. */
	public static final Pattern TALK_KEY = Pattern.compile("[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*");

	public PracticeContent {
		// One form whatever the source (form, API, file): no trailing blank lines.
		body = body.stripTrailing();
		municipalities = List.copyOf(municipalities);
		channels = List.copyOf(channels);
		topics = List.copyOf(topics);
		results = (results != null) ? List.copyOf(results) : List.of();
		links = (links != null) ? List.copyOf(links) : List.of();
		inspiredBy = (inspiredBy == null || inspiredBy.isBlank()) ? null : inspiredBy.strip();
	}

	/**
	 * A write-up that names no talk as its inspiration.
	 */
	public PracticeContent(String title, String teaser, List<String> municipalities, List<Platform> channels,
			List<String> topics, MunicipalityKind institutionKind, String body, @Nullable Effort effort,
			List<KeyFigure> results, List<Link> links, @Nullable Contact contact) {
		this(title, teaser, municipalities, channels, topics, institutionKind, body, effort, results, links, contact,
				null);
	}

	/**
	 * A write-up with its text and where it belongs, but no effort, key figures, links or
	 * contact yet.
	 */
	public static PracticeContent essentials(String title, String teaser, List<String> municipalities,
			List<Platform> channels, List<String> topics, MunicipalityKind institutionKind, String body) {
		return new PracticeContent(title, teaser, municipalities, channels, topics, institutionKind, body, null,
				List.of(), List.of(), null);
	}

	/**
	 * The same content with another text.
	 */
	public PracticeContent withBody(String body) {
		return new PracticeContent(this.title, this.teaser, this.municipalities, this.channels, this.topics,
				this.institutionKind, body, this.effort, this.results, this.links, this.contact, this.inspiredBy);
	}

	/** The sections that make a write-up useful to others, in order. */
	public static final List<String> SECTIONS = List.of("Kernaussagen", "Ausgangslage", "Umsetzung", "Ergebnisse",
			"Das können Sie übernehmen", "Kurz zusammengefasst");

	/**
	 * The sections a new case starts from.
	 */
	public static String template() {
		return template(Map.of("Kernaussagen", "- "));
	}

	/**
	 * The sections, some of them already filled in.
	 */
	public static String template(Map<String, String> filled) {
		StringBuilder body = new StringBuilder();
		for (String section : SECTIONS) {
			body.append("## ").append(section).append("\n\n");
			String text = filled.get(section);
			if (text != null && !text.isBlank()) {
				body.append(text).append("\n\n");
			}
		}
		return body.toString();
	}

}
