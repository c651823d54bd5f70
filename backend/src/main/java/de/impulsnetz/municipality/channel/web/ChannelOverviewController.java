package de.impulsnetz.municipality.channel.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import de.impulsnetz.municipality.Platform;
import de.impulsnetz.municipality.channel.Channel;
import de.impulsnetz.municipality.channel.ChannelOverview;
import de.impulsnetz.municipality.channel.ChannelOverview.Filter;
import de.impulsnetz.municipality.channel.ChannelOverview.Overview;
import de.impulsnetz.municipality.channel.MunicipalityGroups;
import de.impulsnetz.shared.formats.Csv;
import de.impulsnetz.shared.text.Labels;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /kommunen/kanaele}: who is active where, as an accessible table, a chart drawn
 * on the server and CSV, filtered by region, Kreis and group of municipalities (the
 * Arbeitsgruppen, where a {@link MunicipalityGroups} offers them).
 */
@Controller
class ChannelOverviewController {

	static final String PATH = "/kommunen/kanaele";

	private final ChannelOverview overview;

	private final ObjectProvider<MunicipalityGroups> groups;

	private final MessageSource messages;

	ChannelOverviewController(ChannelOverview overview, ObjectProvider<MunicipalityGroups> groups,
			MessageSource messages) {
		this.overview = overview;
		this.groups = groups;
		this.messages = messages;
	}

	@GetMapping(PATH)
	Mono<Rendering> page(@ModelAttribute OverviewQuery query, Locale locale) {
		MunicipalityGroups groups = this.groups.getIfAvailable();
		Mono<List<MunicipalityGroups.Group>> choices = (groups != null) ? groups.groups().collectList()
				: Mono.just(List.of());
		return Mono.zip(overview(query), choices).map((found) -> {
			Overview shown = found.getT1();
			List<CountLine> counts = shown.counts()
				.stream()
				.map((count) -> new CountLine(count.platform(), count.active(), count.of(),
						this.messages.getMessage("channel.overview.count",
								new Object[] { count.active(), count.of(), platform(count.platform(), locale) },
								locale)))
				.toList();
			BarChart chart = BarChart.of(counts.stream()
				.map((count) -> new BarChart.Value(platform(count.platform(), locale), count.active()))
				.toList(), shown.rows().size());
			return Rendering.view("municipality/channels-overview")
				.modelAttribute("query", query)
				.modelAttribute("regions", shown.regions())
				.modelAttribute("kreise",
						shown.kreise().stream().map((kreis) -> new Choice(kreis.slug(), kreis.name())).toList())
				.modelAttribute("groups",
						found.getT2().stream().map((group) -> new Choice(group.key(), group.name())).toList())
				.modelAttribute("platforms", List.of(Platform.values()))
				.modelAttribute("rows",
						shown.rows().stream().map((row) -> RowView.of(row, this.messages, locale)).toList())
				.modelAttribute("counts", counts)
				.modelAttribute("chart", chart)
				.modelAttribute("csvHref", query.link(PATH + ".csv"))
				.build();
		});
	}

	@GetMapping(PATH + ".csv")
	Mono<ResponseEntity<byte[]>> csv(@ModelAttribute OverviewQuery query, Locale locale) {
		return overview(query).map((shown) -> {
			List<String> header = new ArrayList<>();
			header.add(this.messages.getMessage("channel.overview.municipality", null, locale));
			header.add(this.messages.getMessage("municipality.region", null, locale));
			for (Platform platform : Platform.values()) {
				header.add(platform(platform, locale));
			}
			StringBuilder csv = new StringBuilder(Csv.row(header));
			for (ChannelOverview.Row row : shown.rows()) {
				RowView view = RowView.of(row, this.messages, locale);
				List<String> cells = new ArrayList<>();
				cells.add(view.name());
				cells.add(view.region());
				view.cells().forEach((cell) -> cells.add((cell != null) ? cell : ""));
				csv.append(Csv.row(cells));
			}
			return Csv.download("kanaele.csv", csv.toString());
		});
	}

	/**
	 * The overview for the query; an unknown group shows no municipality.
	 */
	private Mono<Overview> overview(OverviewQuery query) {
		if (query.group() == null) {
			return this.overview.of(new Filter(query.region(), query.kreis(), null));
		}
		MunicipalityGroups groups = this.groups.getIfAvailable();
		Mono<Set<String>> members = (groups != null) ? groups.members(query.group()).defaultIfEmpty(Set.of())
				: Mono.just(Set.of());
		return members.flatMap((slugs) -> this.overview.of(new Filter(query.region(), query.kreis(), slugs)));
	}

	private String platform(Platform platform, Locale locale) {
		return this.messages.getMessage(Labels.of(platform), locale);
	}

	/**
	 * The filters as the address carries them; blank means "all".
	 */
	record OverviewQuery(@Nullable String region, @Nullable String kreis, @Nullable String arbeitsgruppe) {

		OverviewQuery {
			region = blankToNull(region);
			kreis = blankToNull(kreis);
			arbeitsgruppe = blankToNull(arbeitsgruppe);
		}

		@Nullable String group() {
			return this.arbeitsgruppe;
		}

		public boolean isFiltered() {
			return this.region != null || this.kreis != null || this.arbeitsgruppe != null;
		}

		String link(String path) {
			UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
			if (this.region != null) {
				uri.queryParam("region", this.region);
			}
			if (this.kreis != null) {
				uri.queryParam("kreis", this.kreis);
			}
			if (this.arbeitsgruppe != null) {
				uri.queryParam("arbeitsgruppe", this.arbeitsgruppe);
			}
			return uri.encode().build().toUriString();
		}

		private static @Nullable String blankToNull(@Nullable String value) {
			return (value == null || value.isBlank()) ? null : value.strip();
		}

	}

	/**
	 * One choice of a filter.
	 */
	record Choice(String value, String label) {

	}

	/**
	 * The number of municipalities active on a platform, as a sentence.
	 */
	record CountLine(Platform platform, int active, int of, String text) {

	}

	/**
	 * One municipality with a text per platform ("aktiv seit 03/2026"), {@code null}
	 * where it has no channel.
	 */
	record RowView(String slug, String name, String region, List<@Nullable String> cells) {

		static RowView of(ChannelOverview.Row row, MessageSource messages, Locale locale) {
			List<@Nullable String> cells = new ArrayList<>();
			for (Platform platform : Platform.values()) {
				Channel channel = row.channels().get(platform);
				cells.add((channel != null) ? state(channel, messages, locale) : null);
			}
			return new RowView(row.slug(), row.name(), row.region(), cells);
		}

		private static String state(Channel channel, MessageSource messages, Locale locale) {
			String status = messages.getMessage(Labels.of(channel.status()), locale);
			return (channel.sinceMonth() != null) ? messages.getMessage("channel.overview.since",
					new Object[] { status, channel.sinceMonth().getMonthValue(), channel.sinceMonth().getYear() },
					locale) : status;
		}

	}

}
