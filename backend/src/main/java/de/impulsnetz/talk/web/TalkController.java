package de.impulsnetz.talk.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.shared.Berlin;
import de.impulsnetz.shared.Markdown;
import de.impulsnetz.shared.Pages;
import de.impulsnetz.talk.Speaker;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkAccess;
import de.impulsnetz.talk.TalkLibrary;
import de.impulsnetz.talk.TalkSeries;
import de.impulsnetz.talk.summary.TalkSummaries;
import de.impulsnetz.talk.watches.SeriesWatches;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.result.view.Rendering;

@Controller
class TalkController {

	/** How many announced talks "Demnächst" shows. */
	private static final int UPCOMING = 6;

	private final TalkLibrary library;

	private final MunicipalityDirectory directory;

	private final Markdown markdown;

	private final TalkAccess access;

	private final TalkSummaries summaries;

	private final SeriesWatches watches;

	private final CurrentMember currentMember;

	TalkController(TalkLibrary library, MunicipalityDirectory directory, Markdown markdown, TalkAccess access,
			TalkSummaries summaries, SeriesWatches watches, CurrentMember currentMember) {
		this.library = library;
		this.directory = directory;
		this.markdown = markdown;
		this.access = access;
		this.summaries = summaries;
		this.watches = watches;
		this.currentMember = currentMember;
	}

	@GetMapping("/impulse")
	Rendering list() {
		var series = this.library.allSeries().concatMap(this::seriesPage).collectList();
		var upcoming = this.currentMember.optional()
			.flatMapMany((reader) -> this.access.readable(this.library.upcomingTalks(UPCOMING), reader.orElse(null)))
			.map(TalkCard::of)
			.collectList();
		return Rendering.view("talk/list")
			.modelAttribute("seriesList", series)
			.modelAttribute("upcoming", upcoming)
			.build();
	}

	@GetMapping("/impulse/{series}")
	Rendering series(@PathVariable String series) {
		var page = this.library.series(series).switchIfEmpty(Pages.notFound()).flatMap(this::seriesPage);
		return Rendering.view("talk/series")
			.modelAttribute("series", page)
			.modelAttribute("watching",
					this.currentMember.get().flatMap((member) -> this.watches.isWatching(member, series)))
			.build();
	}

	@GetMapping("/impulse/{series}/{talk}")
	Rendering talk(@PathVariable String series, @PathVariable String talk) {
		var seriesTitle = this.library.series(series).map(TalkSeries::title);
		var page = this.library.talk(series, talk)
			.switchIfEmpty(Pages.notFound())
			.zipWith(seriesTitle)
			.flatMap((found) -> this.summaries.publishedSummaryHtml(found.getT1())
				.map((summaryHtml) -> new TalkPage(found.getT1().series(), found.getT2(), found.getT1().slug(),
						found.getT1().title(), Berlin.local(found.getT1().startsAt()), found.getT1().durationMinutes(),
						found.getT1().speakers(), summaryHtml)));
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
