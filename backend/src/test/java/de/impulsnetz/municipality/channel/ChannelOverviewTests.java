package de.impulsnetz.municipality.channel;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.PageClient;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.municipality.NewMunicipality;
import de.impulsnetz.municipality.Platform;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /kommunen/kanaele}: municipalities × platforms, filtered by region and by Kreis,
 * with a count per platform, a chart that names itself, and the same table as CSV.
 */
@IntegrationTest
class ChannelOverviewTests {

	private static final ChannelEditor ADMIN = new ChannelEditor("m-admin", "Ada Admin", "kreis-steinfurt", true);

	private final PageClient pages;

	private final MunicipalityDirectory directory;

	private final ChannelKeeping keeping;

	private final String region = "Testregion " + UUID.randomUUID().toString().substring(0, 8);

	ChannelOverviewTests(@Autowired ApplicationContext context, @Autowired MunicipalityDirectory directory,
			@Autowired ChannelKeeping keeping) {
		this.pages = new PageClient(context);
		this.directory = directory;
		this.keeping = keeping;
	}

	@Test
	void countsTheMunicipalitiesActiveOnEachPlatformWithinTheRegion() {
		String active = municipality("Stadt Aktivhausen", channel(Platform.INSTAGRAM, ChannelStatus.AKTIV, "2026-03"),
				channel(Platform.TIKTOK, ChannelStatus.AKTIV, null));
		municipality("Gemeinde Pausenau", channel(Platform.INSTAGRAM, ChannelStatus.PAUSIERT, null));
		municipality("Gemeinde Stillbach");

		String html = this.pages.get(null, "/kommunen/kanaele?region=" + this.region, HttpStatus.OK);

		assertThat(html).contains("1 von 3 Kommunen auf Instagram")
			.contains("1 von 3 Kommunen auf TikTok")
			.contains("0 von 3 Kommunen auf Facebook")
			.contains("aktiv seit 03/2026")
			.contains("pausiert")
			.contains("href=\"/kommunen/" + active + "\"")
			.doesNotContain("Kreis Steinfurt</a>");
		assertThat(html).contains("<table")
			.contains("<caption")
			.contains("<th scope=\"col\"")
			.contains("<th scope=\"row\"");
		assertThat(html).contains("role=\"region\"").contains("Wischen oder scrollen Sie seitlich");

		assertThat(this.pages.get(null, "/kommunen/kanaele?region=" + this.region + "&kreis=", HttpStatus.OK))
			.contains("1 von 3 Kommunen auf Instagram");
	}

	@Test
	void aKreisShowsItselfAndItsTownsAndTheChoiceReadsInTheSingular() {
		String html = this.pages.get(null, "/kommunen/kanaele?kreis=kreis-steinfurt", HttpStatus.OK);
		String table = html.substring(html.indexOf("<tbody"), html.indexOf("</tbody>"));
		assertThat(table).contains(">Kreis Steinfurt<", ">Stadt Rheine<", ">Stadt Ibbenbüren<")
			.doesNotContain("Stadt Altena");

		municipality("Gemeinde Einzeln", channel(Platform.YOUTUBE, ChannelStatus.AKTIV, null));
		assertThat(this.pages.get(null, "/kommunen/kanaele?region=" + this.region, HttpStatus.OK))
			.contains("1 von 1 Kommune auf YouTube")
			.contains("0 von 1 Kommune auf Instagram");
	}

	@Test
	void aWorkingGroupShowsItsMunicipalitiesAndIsOfferedAsAFilter() {
		String html = this.pages.get(null, "/kommunen/kanaele?arbeitsgruppe=social-media-kreis-steinfurt",
				HttpStatus.OK);
		String table = html.substring(html.indexOf("<tbody"), html.indexOf("</tbody>"));
		assertThat(table).contains(">Kreis Steinfurt<", ">Stadt Rheine<", ">Stadt Ibbenbüren<", ">Stadt Greven<")
			.doesNotContain("Stadt Altena");
		assertThat(html).contains("value=\"social-media-kreis-steinfurt\"",
				"Interkommunale Social-Media-Arbeitsgruppe Kreis Steinfurt");
	}

	@Test
	void theChartIsAnImageWithTitleAndDescriptionDrawnOnTheServer() {
		municipality("Stadt Balkenheim", channel(Platform.INSTAGRAM, ChannelStatus.AKTIV, null));

		String html = this.pages.get(null, "/kommunen/kanaele?region=" + this.region, HttpStatus.OK);
		String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));

		assertThat(svg).contains("role=\"img\"")
			.contains("aria-labelledby=\"diagramm-titel diagramm-beschreibung\"")
			.contains("<title id=\"diagramm-titel\">Kommunen mit aktivem Kanal je Plattform</title>")
			.contains("<desc id=\"diagramm-beschreibung\">");
		assertThat(svg.split("<rect", -1)).hasSize(Platform.values().length + 1);
		assertThat(html).doesNotContain("<script").doesNotContain("style=");
	}

	@Test
	void theCsvHoldsTheFilteredTableWithTheHeaderFromTheBundle() {
		municipality("Stadt Tabellenfeld", channel(Platform.FACEBOOK, ChannelStatus.EINGESTELLT, "2024-09"));
		municipality("=Formelhausen", channel(Platform.INSTAGRAM, ChannelStatus.AKTIV, null));

		String csv = csv(this.pages, "/kommunen/kanaele.csv?region=" + this.region);
		List<String> lines = csv.lines().toList();

		assertThat(lines.get(0)).startsWith("\uFEFFKommune;Region;Instagram;Facebook;TikTok;YouTube");
		assertThat(lines).hasSize(3);
		assertThat(lines).anySatisfy((line) -> assertThat(line).startsWith("Stadt Tabellenfeld ")
			.contains(";" + this.region + ";;eingestellt seit 09/2024;"));
		assertThat(lines).anySatisfy((line) -> assertThat(line).startsWith("'=Formelhausen"));
		assertThat(this.pages.get(null, "/kommunen/kanaele?region=" + this.region, HttpStatus.OK))
			.contains("href=\"/kommunen/kanaele.csv?region=" + this.region.replace(" ", "%20") + "\"");
	}

	@Test
	void theDirectoryLinksTheOverview() {
		assertThat(this.pages.get(null, "/kommunen", HttpStatus.OK)).contains("href=\"/kommunen/kanaele\"");
	}

	static String csv(PageClient pages, String path) {
		byte[] body = pages.anonymous()
			.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("text/csv;charset=UTF-8")
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		return new String(body, StandardCharsets.UTF_8);
	}

	private String municipality(String name, Channel... channels) {
		String slug = this.directory
			.register(new NewMunicipality(name + " " + UUID.randomUUID().toString().substring(0, 6),
					name.startsWith("Stadt") ? MunicipalityKind.STADT : MunicipalityKind.GEMEINDE, this.region,
					"Nordrhein-Westfalen", null, List.of()))
			.block()
			.slug();
		if (channels.length > 0) {
			this.keeping.save(slug, ADMIN, List.of(channels), 0).block();
		}
		return slug;
	}

	private static Channel channel(Platform platform, ChannelStatus status, String since) {
		return new Channel(platform, "https://" + platform.name().toLowerCase() + ".example/" + UUID.randomUUID(), null,
				status, since, null, null, List.of(), "Team", "kontakt@example.org");
	}

}
