package de.impulsnetz.shared.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a page tells search engines and social networks about itself: description, Open
 * Graph tags and schema.org JSON-LD, so that a shared link shows title, teaser and
 * source. The layout writes it into the head when a page sets the model attribute
 * {@code pageMeta}.
 *
 * @param url the page's absolute address (canonical)
 * @param jsonLd schema.org data, already safe to place inside a script element
 */
public record PageMeta(String title, String description, String url, String type, @Nullable Instant published,
		@Nullable Instant modified, String jsonLd) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * An article, e.g. a Praxisbeispiel.
	 * @param authors names of the authoring organisations
	 */
	public static PageMeta article(String title, String description, String url, @Nullable Instant published,
			@Nullable Instant modified, List<String> authors, List<String> keywords) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "Article");
		data.put("headline", title);
		data.put("description", description);
		data.put("url", url);
		data.put("mainEntityOfPage", url);
		data.put("inLanguage", "de");
		if (published != null) {
			data.put("datePublished", published.toString());
		}
		if (modified != null) {
			data.put("dateModified", modified.toString());
		}
		data.put("author", authors.stream().map(PageMeta::organization).toList());
		data.put("publisher", organization("Impulsnetz"));
		data.put("keywords", String.join(", ", keywords));
		// "</" would end the script element early; JSON allows the escaped slash.
		String json = JSON.writeValueAsString(data).replace("</", "<\\/");
		return new PageMeta(title, description, url, "article", published, modified, json);
	}

	private static Map<String, Object> organization(String name) {
		Map<String, Object> organization = new LinkedHashMap<>();
		organization.put("@type", "Organization");
		organization.put("name", name);
		return organization;
	}

}
