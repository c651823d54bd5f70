package de.impulsnetz.practice.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.municipality.Platform;
import de.impulsnetz.practice.Practice;
import de.impulsnetz.practice.PracticeCatalog;
import de.impulsnetz.practice.PracticeFilter;
import de.impulsnetz.shared.formats.AtomFeeds;
import de.impulsnetz.shared.text.Labels;
import de.impulsnetz.shared.text.Markdown;
import de.impulsnetz.shared.PublicUrl;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Atom feeds of new Praxisbeispiele: all ({@code /feed.atom}, {@code /praxis/feed.atom}),
 * per topic ({@code ?thema=}) or channel ({@code ?kanal=}). Built with Rome; entries
 * carry the whole sanitised text.
 */
@Controller
class PracticeFeedController {

	private static final int ENTRIES = 50;

	private final PracticeCatalog catalog;

	private final MunicipalityDirectory directory;

	private final Markdown markdown;

	private final MessageSource messages;

	private final String publicUrl;

	PracticeFeedController(PracticeCatalog catalog, MunicipalityDirectory directory, Markdown markdown,
			MessageSource messages, PublicUrl publicUrl) {
		this.publicUrl = publicUrl.base();
		this.catalog = catalog;
		this.directory = directory;
		this.markdown = markdown;
		this.messages = messages;
	}

	@GetMapping({ "/feed.atom", "/praxis/feed.atom" })
	Mono<ResponseEntity<String>> feed(@RequestParam(required = false) @Nullable String thema,
			@RequestParam(required = false) @Nullable String kanal, ServerWebExchange exchange) {
		// Links from the configured public address, never from what the request claims.
		String base = this.publicUrl;
		String self = UriComponentsBuilder.fromUriString(base)
			.path(exchange.getRequest().getPath().pathWithinApplication().value())
			.query(exchange.getRequest().getURI().getRawQuery())
			.build()
			.toUriString();
		return this.directory.all()
			.collectMap(Municipality::slug, Municipality::name)
			.zipWith(this.catalog.published(PracticeFilter.NONE.withChannel(kanal).withTopic(thema))
				.take(ENTRIES)
				.collectList())
			.map((loaded) -> ResponseEntity.ok()
				.contentType(AtomFeeds.MEDIA_TYPE)
				.body(AtomFeeds.write(feed(base, self, title(thema, kanal), loaded.getT2(), loaded.getT1()))));
	}

	private String title(@Nullable String topic, @Nullable String channel) {
		Locale german = Locale.GERMAN;
		if (topic != null) {
			return this.messages.getMessage("practice.feed.topic", new Object[] { topic }, german);
		}
		if (channel != null) {
			String name = Stream.of(Platform.values())
				.filter((platform) -> PracticeFilter.same(channel, platform.name()))
				.findFirst()
				.map((platform) -> this.messages.getMessage(Labels.of(platform), german))
				.orElse(channel);
			return this.messages.getMessage("practice.feed.channel", new Object[] { name }, german);
		}
		return this.messages.getMessage("practice.feed.all", null, german);
	}

	private SyndFeed feed(String base, String self, String title, List<Practice> practices, Map<String, String> names) {
		SyndFeed feed = AtomFeeds.feed(title, self, base + "/praxis",
				practices.isEmpty() ? Instant.EPOCH : latest(practices));
		List<SyndEntry> entries = new ArrayList<>();
		for (Practice practice : practices) {
			String url = base + "/praxis/" + practice.slug();
			SyndEntry entry = AtomFeeds.entry(practice.title(), url, url, practice.publishedAt(),
					(practice.editedAt() != null && practice.editedAt().isAfter(practice.publishedAt()))
							? practice.editedAt() : practice.publishedAt());
			entry.setAuthors(practice.content().municipalities().stream().map((slug) -> {
				SyndPerson author = new SyndPersonImpl();
				author.setName(names.getOrDefault(slug, slug));
				author.setUri(base + "/kommunen/" + slug);
				return author;
			}).toList());
			entry.setCategories(practice.content().topics().stream().map((topic) -> {
				SyndCategory category = new SyndCategoryImpl();
				category.setName(topic);
				return category;
			}).toList());
			entry.setDescription(AtomFeeds.content("text", practice.teaser()));
			entry.setContents(List.of(AtomFeeds.content("html", this.markdown.toHtml(practice.content().body()))));
			entries.add(entry);
		}
		feed.setEntries(entries);
		return feed;
	}

	private static Instant latest(List<Practice> practices) {
		return practices.stream().map(Practice::publishedAt).max(Instant::compareTo).orElseThrow();
	}

}
