package de.impulsnetz.municipality;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.impulsnetz.content.ContentEntry;
import de.impulsnetz.content.ContentKind;
import de.impulsnetz.content.FrontMatter;
import de.impulsnetz.content.ImportOutcome;
import de.impulsnetz.municipality.channel.Channel;
import de.impulsnetz.municipality.channel.ChannelKeeping;
import de.impulsnetz.municipality.channel.ChannelProblem;
import de.impulsnetz.municipality.channel.ChannelStatus;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The files in {@code content/kommunen}: one municipality each, with the channels they
 * seed. Imported first, since the files of every other kind name municipalities.
 */
@Component
public class MunicipalityFiles implements ContentKind {

	/**
	 * The folder whose files other kinds name, with
	 * {@link ContentEntry#requireReferences}.
	 */
	public static final String FOLDER = "kommunen";

	private final MunicipalityDirectory directory;

	private final ChannelKeeping channels;

	MunicipalityFiles(MunicipalityDirectory directory, ChannelKeeping channels) {
		this.directory = directory;
		this.channels = channels;
	}

	@Override
	public String folder() {
		return FOLDER;
	}

	@Override
	public int getOrder() {
		return 0;
	}

	/**
	 * Imports the municipality, then its channels. Each follows the rule that edits made
	 * in the app win on its own: channels members saved in the app stay as they are even
	 * when the file changes, and so does a municipality edited in the app.
	 */
	@Override
	public Mono<ImportOutcome> importFile(ContentEntry file) {
		Matter matter = file.frontMatter(Matter.class);
		if (matter.partOf() != null) {
			file.requireReferences("partOf", FOLDER, List.of(matter.partOf()));
		}
		List<Channel> seeded = matter.channels().stream().map(ChannelMatter::toChannel).toList();
		List<ChannelProblem> problems = this.channels.check(seeded);
		if (!problems.isEmpty()) {
			ChannelProblem first = problems.get(0);
			throw file.problem("channels: " + first.field() + " of channel " + (first.index() + 1) + " is not valid ("
					+ first.messageKey() + ")");
		}
		return this.directory
			.importFromContent(new Municipality(null, file.slug(), matter.name(), matter.kind(), matter.region(),
					matter.state(), matter.website(), matter.emailDomains(), matter.partOf(), file.body(), file.stamp(),
					null, null))
			.zipWith(this.channels.importFromContent(file.slug(), seeded, file.stamp()), MunicipalityFiles::combined);
	}

	/**
	 * One outcome for the file: a kept app edit of either is worth the warning; else what
	 * happened to the municipality, or to its channels alone.
	 */
	static ImportOutcome combined(ImportOutcome municipality, ImportOutcome channels) {
		if (municipality == ImportOutcome.KEPT_APP_EDITS || channels == ImportOutcome.KEPT_APP_EDITS) {
			return ImportOutcome.KEPT_APP_EDITS;
		}
		if (municipality != ImportOutcome.UNCHANGED) {
			return municipality;
		}
		return (channels == ImportOutcome.UNCHANGED) ? ImportOutcome.UNCHANGED : ImportOutcome.UPDATED;
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

	/**
	 * A channel in the front matter; only platform and address are required, the status
	 * is {@code AKTIV} unless given. Team and contact are not for content files, which
	 * are public.
	 */
	record ChannelMatter(@JsonProperty(required = true) Platform platform, @JsonProperty(required = true) String url,
			@Nullable String handle, @Nullable ChannelStatus status, @Nullable String since, @Nullable String rhythm,
			@Nullable String audience, @Nullable List<String> topics) {

		Channel toChannel() {
			return new Channel(this.platform, this.url, this.handle,
					(this.status != null) ? this.status : ChannelStatus.AKTIV, this.since, this.rhythm, this.audience,
					FrontMatter.list(this.topics), null, null);
		}

	}

}
