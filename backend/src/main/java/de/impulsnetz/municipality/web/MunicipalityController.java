package de.impulsnetz.municipality.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.municipality.MunicipalityProfileContributor;
import de.impulsnetz.municipality.ProfileEntry;
import de.impulsnetz.municipality.channel.ChannelEditor;
import de.impulsnetz.municipality.channel.ChannelEditors;
import de.impulsnetz.municipality.channel.ChannelKeeping;
import de.impulsnetz.municipality.channel.UnknownMunicipality;
import de.impulsnetz.shared.text.Markdown;
import de.impulsnetz.shared.web.Notice;
import de.impulsnetz.shared.web.Notices;
import de.impulsnetz.shared.web.Pages;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

@Controller
class MunicipalityController {

	/**
	 * The confirmation after the channels were saved ({@code ChannelEditorController}).
	 */
	static final Notices NOTICES = Notices.at("kanaele", Map.of("kanaele-gespeichert", "channel.saved"));

	private final MunicipalityDirectory directory;

	private final List<MunicipalityProfileContributor> contributors;

	private final Markdown markdown;

	private final ChannelKeeping channels;

	private final ChannelEditors editors;

	private final MessageSource messages;

	MunicipalityController(MunicipalityDirectory directory, List<MunicipalityProfileContributor> contributors,
			Markdown markdown, ChannelKeeping channels, ChannelEditors editors, MessageSource messages) {
		this.directory = directory;
		this.contributors = contributors;
		this.markdown = markdown;
		this.channels = channels;
		this.editors = editors;
		this.messages = messages;
	}

	@GetMapping("/kommunen")
	Rendering list() {
		return Rendering.view("municipality/list")
			.modelAttribute("municipalities", this.directory.all().map(MunicipalityView::of).collectList())
			.modelAttribute("channels", this.channels.publicChannelsBySlug())
			.build();
	}

	@GetMapping("/kommunen/{slug}")
	Rendering show(@PathVariable String slug,
			@RequestParam(name = "ohne-anmeldung", required = false) String organizationMissing,
			ServerHttpRequest request, Locale locale) {
		var municipality = this.directory.bySlug(slug).switchIfEmpty(Pages.notFound()).cache();
		var parent = municipality.filter((found) -> found.partOf() != null)
			.flatMap((found) -> this.directory.bySlug(found.partOf()));
		var entries = Flux.fromIterable(this.contributors)
			.concatMap((contributor) -> contributor.entriesFor(slug))
			.collectMultimap(ProfileEntry::section, (entry) -> entry, LinkedHashMap::new);
		Mono<Optional<ChannelEditor>> reader = this.editors.current()
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.cache();
		var kept = municipality.then(reader)
			.flatMap((editor) -> this.channels.forReader(slug, editor.orElse(null)))
			.onErrorResume(UnknownMunicipality.class, (unknown) -> Pages.notFound());
		ChannelLines lines = new ChannelLines(this.messages, locale);
		var history = reader.flatMap((editor) -> this.channels.history(slug)
			.map((change) -> lines.line(change, editor.isPresent()))
			.collectList());
		Notice notice = NOTICES.find(request);
		Rendering.Builder<?> page = Rendering.view("municipality/detail")
			.modelAttribute("municipality", municipality.map(MunicipalityView::of))
			.modelAttribute("descriptionHtml", municipality.map((found) -> this.markdown.toHtml(found.description())))
			.modelAttribute("parent", parent.map(MunicipalityView::of))
			.modelAttribute("parts", this.directory.partsOf(slug).map(MunicipalityView::of).collectList())
			.modelAttribute("sections", entries)
			.modelAttribute("organizationMissing", organizationMissing != null)
			.modelAttribute("channels", kept
				.map((found) -> found.channels().stream().map((channel) -> ChannelRow.of(channel, lines)).toList()))
			.modelAttribute("channelHistory", history)
			.modelAttribute("mayEditChannels",
					reader.map((editor) -> this.channels.mayEdit(editor.orElse(null), slug)));
		return ((notice != null) ? page.modelAttribute("notice", notice) : page).build();
	}

}
