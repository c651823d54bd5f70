package de.impulsnetz.shared.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import org.springframework.stereotype.Component;

/**
 * Renders user and content Markdown to safe HTML: flexmark (tables, autolinks,
 * strikethrough, task lists, heading ids, footnotes) with raw HTML escaped, then an OWASP
 * sanitiser policy, then a Caffeine cache keyed by the SHA-256 of the source — a read
 * costs a lookup, not a render.
 */
@Component
public class Markdown {

	/** Same-origin paths only: an image from elsewhere would leak the reader's visit. */
	private static final Pattern LOCAL_PATH = Pattern.compile("/[^/\\\\].*|/");

	private static final Pattern HEADING_ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*");

	private static final Pattern FOOTNOTE_ID = Pattern.compile("fn(ref)?-[0-9]+(-[0-9]+)?");

	private static final Pattern FOOTNOTE_CLASS = Pattern.compile("footnotes|footnote-ref|footnote-backref");

	private static final Pattern ALIGN = Pattern.compile("left|center|right");

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "em", "strong",
				"del", "s", "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td", "sup", "div",
				"input")
		// Body headings start at h2: the page owns its h1.
		.allowElements((name, attrs) -> "h2", "h1")
		.allowAttributes("id")
		.matching(HEADING_ID)
		.onElements("h1", "h2", "h3", "h4", "h5", "h6")
		.allowAttributes("id")
		.matching(FOOTNOTE_ID)
		.onElements("sup", "li")
		.allowAttributes("class")
		.matching(FOOTNOTE_CLASS)
		.onElements("a", "div")
		.allowAttributes("href")
		.onElements("a")
		.allowAttributes("title")
		.onElements("a", "img")
		.allowUrlProtocols("http", "https", "mailto")
		.requireRelsOnLinks("noopener", "noreferrer")
		.allowAttributes("src")
		.matching(LOCAL_PATH)
		.onElements("img")
		.allowAttributes("alt")
		.onElements("img")
		.allowAttributes("align")
		.matching(ALIGN)
		.onElements("th", "td")
		.allowAttributes("start")
		.matching(Pattern.compile("[0-9]{1,6}"))
		.onElements("ol")
		// Task-list checkboxes: rendered as disabled, labelled boxes, nothing else of
		// <input>.
		.allowAttributes("type")
		.matching(Pattern.compile("checkbox"))
		.onElements("input")
		.allowAttributes("checked", "disabled", "aria-label")
		.onElements("input")
		.allowAttributes("class")
		.matching(Pattern.compile("task-list-item(-checkbox)?"))
		.onElements("li", "input")
		.toFactory();

	/** Plain CommonMark is enough to find images. */
	private static final Parser IMAGE_PARSER = Parser.builder().build();

	private final Parser parser;

	private final HtmlRenderer renderer;

	private final Cache<String, String> cache;

	public Markdown() {
		MutableDataSet options = new MutableDataSet();
		options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create(),
				StrikethroughExtension.create(), TaskListExtension.create(), FootnoteExtension.create()));
		options.set(HtmlRenderer.ESCAPE_HTML, true);
		options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)\\s*(javascript|vbscript|data|file):.*");
		options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
		options.set(HtmlRenderer.RENDER_HEADER_ID, true);
		options.set(TablesExtension.COLUMN_SPANS, false);
		options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
		options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
		options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
		options.set(TaskListExtension.ITEM_DONE_MARKER,
				"<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked=\"checked\" disabled=\"disabled\" aria-label=\"erledigt\" />");
		options.set(TaskListExtension.ITEM_NOT_DONE_MARKER,
				"<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" aria-label=\"offen\" />");
		this.parser = Parser.builder(options).build();
		this.renderer = HtmlRenderer.builder(options).build();
		this.cache = Caffeine.newBuilder().maximumSize(10_000).recordStats().build();
	}

	/**
	 * Safe HTML for the given Markdown; cached by content hash.
	 */
	public String toHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return this.cache.get(sha256(markdown), (key) -> render(markdown));
	}

	/**
	 * Renders without the cache (for measuring and for previews of one-off text).
	 */
	public String render(String markdown) {
		String html = this.renderer.render(this.parser.parse(markdown));
		return POLICY.sanitize(html);
	}

	/**
	 * What readers would miss in the text's images: images without an alternative text
	 * (screen readers announce nothing, WCAG 1.1.1) and images from other sites (the
	 * sanitiser drops them, since loading them would tell that site who reads the page).
	 */
	public static ImageProblems imageProblems(String markdown) {
		ImageProblems problems = new ImageProblems(false, false);
		if (markdown == null || markdown.isBlank()) {
			return problems;
		}
		for (Node node : IMAGE_PARSER.parse(markdown).getDescendants()) {
			if (node instanceof Image image) {
				boolean noAlt = image.getText().isBlank();
				boolean foreign = !LOCAL_PATH.matcher(image.getUrl().toString()).matches();
				problems = new ImageProblems(problems.withoutAlt() || noAlt, problems.foreign() || foreign);
			}
		}
		return problems;
	}

	/**
	 * @param withoutAlt an image has no alternative text
	 * @param foreign an image is not on this site
	 */
	public record ImageProblems(boolean withoutAlt, boolean foreign) {

	}

	public CacheStats cacheStats() {
		return this.cache.stats();
	}

	public static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
