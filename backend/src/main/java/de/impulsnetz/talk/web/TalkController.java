package de.impulsnetz.talk.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import de.impulsnetz.shared.web.Notices;
import de.impulsnetz.shared.web.Notice;
import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.identity.Member;
import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.shared.web.AlternateLink;
import de.impulsnetz.shared.Berlin;
import de.impulsnetz.shared.text.Markdown;
import de.impulsnetz.shared.web.Pages;
import de.impulsnetz.talk.EventCheck;
import de.impulsnetz.talk.publication.Licence;
import de.impulsnetz.talk.Speaker;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkAccess;
import de.impulsnetz.talk.TalkLibrary;
import de.impulsnetz.talk.TalkRights;
import de.impulsnetz.talk.TalkSeries;
import de.impulsnetz.talk.TalkState;
import de.impulsnetz.talk.Visibility;
import de.impulsnetz.talk.discovery.TalkLinks;
import de.impulsnetz.talk.recording.PlayableRecording;
import de.impulsnetz.talk.summary.TalkSummaries;
import de.impulsnetz.talk.watches.SeriesWatches;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The public pages of Impulse: all series, one series with its talks, one talk. Talks for
 * members only are left out for anonymous readers, and their pages send them to the
 * login; organisers of a series find the buttons to edit it here.
 */
@Controller
class TalkController {

	/** How many announced talks "Demnächst" shows. */
	private static final int UPCOMING = 6;

	private final TalkLibrary library;

	private final TalkAccess access;

	private final MunicipalityDirectory directory;

	private final Markdown markdown;

	private final CurrentMember currentMember;

	private final Clock clock;

	private final TalkSummaries summaries;

	private final SeriesWatches watches;

	private final TalkLinks links;

	private final TalkListening listening;

	private final ObjectProvider<EventCheck> eventCheck;

	TalkController(TalkLibrary library, TalkAccess access, MunicipalityDirectory directory, Markdown markdown,
			CurrentMember currentMember, Clock clock, TalkSummaries summaries, SeriesWatches watches, TalkLinks links,
			TalkListening listening, ObjectProvider<EventCheck> eventCheck) {
		this.eventCheck = eventCheck;
		this.library = library;
		this.access = access;
		this.directory = directory;
		this.markdown = markdown;
		this.currentMember = currentMember;
		this.clock = clock;
		this.summaries = summaries;
		this.watches = watches;
		this.links = links;
		this.listening = listening;
	}

	@GetMapping("/impulse")
	Mono<Rendering> list() {
		return this.currentMember.optional().map((member) -> {
			var series = this.library.allSeries()
				.concatMap((found) -> seriesPage(found, member.orElse(null)))
				.collectList();
			var upcoming = this.access.readable(this.library.upcomingTalks(UPCOMING), member.orElse(null))
				.map((talk) -> TalkCard.of(talk, this.clock))
				.collectList();
			return Rendering.view("talk/list")
				.modelAttribute("seriesList", series)
				.modelAttribute("upcoming", upcoming)
				.modelAttribute("mayCreate", member.map(TalkRights::mayStartSeries).orElse(false))
				.build();
		});
	}

	/**
	 * What the series page confirms: its saving under the edit button, watching it or not
	 * at the watch button.
	 */
	private static final Notices SERIES_NOTICES = Notices.at("oben", Map.of("gespeichert", "feedback.talk.seriesSaved"))
		.and("beobachten",
				Map.of("beobachtet", "feedback.talk.watched", "nicht-beobachtet", "feedback.talk.unwatched"));

	@GetMapping("/impulse/{series}")
	Mono<Rendering> series(@PathVariable String series, ServerHttpRequest request) {
		Notice notice = SERIES_NOTICES.find(request);
		return this.currentMember.optional()
			.flatMap((member) -> this.library.series(series)
				.switchIfEmpty(Pages.notFound())
				.flatMap((found) -> seriesPage(found, member.orElse(null))))
			.map((page) -> {
				Rendering.Builder<?> view = Rendering.view("talk/series")
					.modelAttribute("series", page)
					.modelAttribute("alternates", feeds(page.slug()))
					.modelAttribute("watching",
							this.currentMember.get().flatMap((member) -> this.watches.isWatching(member, series)));
				return ((notice != null) ? view.modelAttribute("notice", notice) : view).build();
			});
	}

	@GetMapping("/impulse/{series}/{talk}")
	Mono<Rendering> talk(@PathVariable String series, @PathVariable String talk,
			@RequestParam(name = "t", required = false) @Nullable String start) {
		return this.currentMember.optional()
			.flatMap((member) -> this.access.forReading(series, talk, member.orElse(null))
				.zipWith(this.library.series(series))
				.flatMap((found) -> {
					TalkRights rights = TalkRights.of(member.orElse(null), found.getT2(), found.getT1());
					return this.summaries.publishedSummaryHtml(found.getT1())
						.map((summaryHtml) -> TalkPage.of(found.getT1(), found.getT2(), rights, this.clock,
								this.markdown, summaryHtml))
						.zipWith(this.listening.recording(found.getT1(), found.getT2(), rights))
						.zipWith(Mono.zip(this.links.related(found.getT1()), this.links.inspired(found.getT1())));
				}))
			.map((loaded) -> {
				var page = loaded.getT1();
				var links = loaded.getT2();
				Rendering.Builder<?> view = Rendering.view("talk/detail")
					.modelAttribute("talk", page.getT1())
					.modelAttribute("listening", page.getT2())
					.modelAttribute("playerStart", PlayableRecording.startFragment(start))
					.modelAttribute("related", links.getT1())
					.modelAttribute("inspired", links.getT2())
					.modelAttribute("registration", registration(page.getT1().event()));
				page.getT2()
					.flatMap(TalkListening.Recording::meta)
					.ifPresent((meta) -> view.modelAttribute("pageMeta", meta));
				return view.build();
			});
	}

	/**
	 * Whether the talk page links to the Impuls-Termin the talk names: not when the event
	 * has gone or was never one (a content file is not checked like a save in the app).
	 */
	private Mono<Boolean> registration(@Nullable String event) {
		EventCheck check = this.eventCheck.getIfAvailable();
		if (event == null || check == null) {
			return Mono.just(event != null);
		}
		return check.isImpulsTermin(event);
	}

	/**
	 * The series' Atom feed and podcast, for the page's head.
	 */
	private static List<AlternateLink> feeds(String series) {
		return List.of(
				new AlternateLink("application/atom+xml", "/impulse/" + series + "/feed.atom", "talk.follow.feed"),
				new AlternateLink("application/rss+xml", "/impulse/" + series + "/podcast.xml", "talk.podcast.follow"));
	}

	private Mono<SeriesPage> seriesPage(TalkSeries series, @Nullable Member member) {
		Mono<Map<String, String>> names = this.directory.bySlugs(series.organisers())
			.collectMap(Municipality::slug, Municipality::name);
		boolean edit = member != null && TalkRights.mayOrganise(member, series);
		var talks = this.library.talksOf(series.slug())
			.filter((talk) -> TalkRights.of(member, series, talk).read())
			.map((talk) -> TalkCard.of(talk, this.clock))
			.collectList();
		return Mono.zip(names, talks)
			.map((loaded) -> new SeriesPage(series.slug(), series.title(), series.organiser(),
					loaded.getT1().getOrDefault(series.organiser(), series.organiser()),
					series.coOrganisers()
						.stream()
						.map((slug) -> new Organiser(slug, loaded.getT1().getOrDefault(slug, slug)))
						.toList(),
					this.markdown.toHtml(series.description()), loaded.getT2(), edit));
	}

	record SeriesPage(String slug, String title, String organiserSlug, String organiserName,
			List<Organiser> coOrganisers, String descriptionHtml, List<TalkCard> talks, boolean mayEdit) {

	}

	record Organiser(String slug, String name) {

	}

	record TalkCard(String series, String slug, String title, LocalDateTime startsAt, List<Speaker> speakers,
			TalkState state, boolean membersOnly) {

		static TalkCard of(Talk talk, Clock clock) {
			return new TalkCard(talk.series(), talk.slug(), talk.title(), Berlin.local(talk.startsAt()),
					talk.speakers(), talk.stateAt(clock.instant()), talk.visibility() == Visibility.MEMBERS);
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

	/**
	 * @param licences the licences the speakers chose for the recording, each once
	 */
	record TalkPage(String series, String seriesTitle, String slug, String title, LocalDateTime startsAt,
			int durationMinutes, List<Speaker> speakers, String abstractHtml, @Nullable String event, TalkState state,
			boolean membersOnly, List<Licence> licences, String summaryHtml, boolean mayEdit) {

		static TalkPage of(Talk talk, TalkSeries series, TalkRights rights, Clock clock, Markdown markdown,
				String summaryHtml) {
			List<Licence> licences = talk.speakers()
				.stream()
				.map((speaker) -> speaker.consent().licence())
				.distinct()
				.toList();
			return new TalkPage(talk.series(), series.title(), talk.slug(), talk.title(), Berlin.local(talk.startsAt()),
					talk.durationMinutes(), talk.speakers(), markdown.toHtml(talk.abstractText()), talk.event(),
					talk.stateAt(clock.instant()), talk.visibility() == Visibility.MEMBERS, licences, summaryHtml,
					rights.edit());
		}

	}

}
