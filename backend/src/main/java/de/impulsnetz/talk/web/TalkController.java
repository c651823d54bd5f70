package de.impulsnetz.talk.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.shared.Berlin;
import de.impulsnetz.shared.Markdown;
import de.impulsnetz.shared.Pages;
import de.impulsnetz.talk.Speaker;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkLibrary;
import de.impulsnetz.talk.TalkSeries;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.result.view.Rendering;

@Controller
class TalkController {

	private final TalkLibrary library;

	private final MunicipalityDirectory directory;

	private final Markdown markdown;

	TalkController(TalkLibrary library, MunicipalityDirectory directory, Markdown markdown) {
		this.library = library;
		this.directory = directory;
		this.markdown = markdown;
	}

	@GetMapping("/impulse")
	Rendering list() {
		var series = this.library.allSeries().concatMap(this::seriesPage).collectList();
		return Rendering.view("talk/list").modelAttribute("seriesList", series).build();
	}

	@GetMapping("/impulse/{series}")
	Rendering series(@PathVariable String series) {
		var page = this.library.series(series).switchIfEmpty(Pages.notFound()).flatMap(this::seriesPage);
		return Rendering.view("talk/series").modelAttribute("series", page).build();
	}

	@GetMapping("/impulse/{series}/{talk}")
	Rendering talk(@PathVariable String series, @PathVariable String talk) {
		var seriesTitle = this.library.series(series).map(TalkSeries::title);
		var page = this.library.talk(series, talk)
			.switchIfEmpty(Pages.notFound())
			.zipWith(seriesTitle,
					(found, title) -> new TalkPage(found.series(), title, found.slug(), found.title(),
							Berlin.local(found.startsAt()), found.durationMinutes(), found.speakers(),
							this.markdown.toHtml(found.summary())));
		return Rendering.view("talk/detail").modelAttribute("talk", page).build();
	}

	private Mono<SeriesPage> seriesPage(TalkSeries series) {
		Mono<String> organiser = this.directory.bySlug(series.organiser())
			.map(Municipality::name)
			.defaultIfEmpty(series.organiser());
		return Mono.zip(organiser, this.library.talksOf(series.slug()).map(TalkCard::of).collectList(),
				(name, talks) -> new SeriesPage(series.slug(), series.title(), series.organiser(), name,
						this.markdown.toHtml(series.description()), talks));
	}

	record SeriesPage(String slug, String title, String organiserSlug, String organiserName, String descriptionHtml,
			List<TalkCard> talks) {

	}

	record TalkCard(String series, String slug, String title, LocalDateTime startsAt, List<Speaker> speakers) {

		static TalkCard of(Talk talk) {
			return new TalkCard(talk.series(), talk.slug(), talk.title(), Berlin.local(talk.startsAt()),
					talk.speakers());
		}

		public String href() {
			return "/impulse/" + this.series + "/" + this.slug;
		}

		public String meta() {
			return this.speakers.stream().map(Speaker::name).collect(Collectors.joining(", "));
		}

		public @Nullable String text() {
			return null;
		}

		public LocalDateTime when() {
			return this.startsAt;
		}

	}

	record TalkPage(String series, String seriesTitle, String slug, String title, LocalDateTime startsAt,
			int durationMinutes, List<Speaker> speakers, String summaryHtml) {

	}

}
