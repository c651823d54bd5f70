package de.impulsnetz.municipality;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.impulsnetz.content.ContentEntry;
import de.impulsnetz.content.ContentKind;
import de.impulsnetz.content.FrontMatter;
import de.impulsnetz.content.ImportOutcome;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The files in {@code content/kommunen}: one municipality each, with its channels.
 * Imported first, since the files of every other kind name municipalities.
 */
@Component
public class MunicipalityFiles implements ContentKind {

	/**
	 * The folder whose files other kinds name, with
	 * {@link ContentEntry#requireReferences}.
	 */
	public static final String FOLDER = "kommunen";

	private final MunicipalityDirectory directory;

	MunicipalityFiles(MunicipalityDirectory directory) {
		this.directory = directory;
	}

	@Override
	public String folder() {
		return FOLDER;
	}

	@Override
	public int getOrder() {
		return 0;
	}

	@Override
	public Mono<ImportOutcome> importFile(ContentEntry file) {
		Matter matter = file.frontMatter(Matter.class);
		if (matter.partOf() != null) {
			file.requireReferences("partOf", FOLDER, List.of(matter.partOf()));
		}
		List<Channel> channels = matter.channels()
			.stream()
			.map((channel) -> new Channel(channel.platform(), channel.url(), channel.handle()))
			.toList();
		return this.directory.importFromContent(new Municipality(null, file.slug(), matter.name(), matter.kind(),
				matter.region(), matter.state(), matter.website(), matter.emailDomains(), matter.partOf(), channels,
				file.body(), file.stamp(), null, null));
	}

	@Override
	public Flux<String> slugs() {
		return this.directory.all().map(Municipality::slug);
	}

	/**
	 * The front matter, as documented in {@code content/README.md}.
	 */
	record Matter(@JsonProperty(required = true) String name, @JsonProperty(required = true) MunicipalityKind kind,
			@JsonProperty(required = true) String region, @JsonProperty(required = true) String state,
			@Nullable String website, @Nullable List<String> emailDomains, @Nullable String partOf,
			@Nullable List<ChannelMatter> channels) {

		Matter {
			FrontMatter.required(name, "name");
			emailDomains = FrontMatter.list(emailDomains);
			channels = FrontMatter.list(channels);
		}

	}

	record ChannelMatter(@JsonProperty(required = true) Platform platform, @JsonProperty(required = true) String url,
			@Nullable String handle) {

	}

}
