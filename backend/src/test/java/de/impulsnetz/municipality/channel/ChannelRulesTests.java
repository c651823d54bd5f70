package de.impulsnetz.municipality.channel;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.municipality.Platform;
import de.impulsnetz.municipality.channel.ChannelOverview.Filter;
import de.impulsnetz.municipality.channel.ChannelOverview.Overview;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The channel rules without the application: what a channel must be, who may change the
 * channels, what the history calls a change, and how the overview filters and counts.
 */
class ChannelRulesTests {

	private final ChannelKeeping keeping = new ChannelKeeping(null, null, null,
			Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC), null);

	@Test
	void aChannelNeedsPlatformStatusAnHttpsAddressAndAMonthThatHasBegun() {
		List<Channel> channels = List.of(channel(Platform.INSTAGRAM, "https://www.instagram.com/a/", "2026-11"),
				new Channel(null, "ftp://example.org", null, null, "2026-12", null, null, List.of(), null, null),
				channel(Platform.INSTAGRAM, "https://www.instagram.com/a/", "März"),
				channel(Platform.TIKTOK, "https://user@www.tiktok.com/", null));

		assertThat(this.keeping.check(channels))
			.extracting(ChannelProblem::index, ChannelProblem::field, ChannelProblem::messageKey)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(1, "platform", "channel.invalid.platform"),
					org.assertj.core.groups.Tuple.tuple(1, "status", "channel.invalid.status"),
					org.assertj.core.groups.Tuple.tuple(1, "url", "channel.invalid.url"),
					org.assertj.core.groups.Tuple.tuple(1, "since", "channel.invalid.sinceFuture"),
					org.assertj.core.groups.Tuple.tuple(2, "since", "channel.invalid.since"),
					org.assertj.core.groups.Tuple.tuple(2, "url", "channel.invalid.twice"),
					org.assertj.core.groups.Tuple.tuple(3, "url", "channel.invalid.url"));
		assertThat(this.keeping.check(List.of(channel(Platform.WEBSITE, "https://www.rheine.de", null)))).isEmpty();
	}

	@Test
	void membersOfTheMunicipalityAndAdminsMayEditNobodyElse() {
		assertThat(this.keeping.mayEdit(new ChannelEditor("a", "A", "stadt-rheine", false), "stadt-rheine")).isTrue();
		assertThat(this.keeping.mayEdit(new ChannelEditor("b", "B", "kreis-steinfurt", true), "stadt-rheine")).isTrue();
		assertThat(this.keeping.mayEdit(new ChannelEditor("c", "C", "kreis-steinfurt", false), "stadt-rheine"))
			.isFalse();
		assertThat(this.keeping.mayEdit(new ChannelEditor("d", "D", null, false), "stadt-rheine")).isFalse();
		assertThat(this.keeping.mayEdit(null, "stadt-rheine")).isFalse();
	}

	@Test
	void theHistoryTellsAddedRemovedStatusAndChangedAddresses() {
		Channel instagram = channel(Platform.INSTAGRAM, "https://www.instagram.com/alt/", null);
		Channel facebook = channel(Platform.FACEBOOK, "https://www.facebook.com/a/", null);
		Channel movedInstagram = channel(Platform.INSTAGRAM, "https://www.instagram.com/neu/", null);
		Channel pausedFacebook = new Channel(Platform.FACEBOOK, facebook.url(), null, ChannelStatus.PAUSIERT, null,
				null, null, List.of(), null, null);
		Channel tiktok = channel(Platform.TIKTOK, "https://www.tiktok.com/@a", "2026-03");

		List<ChannelChange.Entry> entries = ChannelChange.between(List.of(instagram, facebook),
				List.of(movedInstagram, pausedFacebook, tiktok));

		assertThat(entries).extracting(ChannelChange.Entry::kind, ChannelChange.Entry::platform)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(ChannelChange.Kind.STATUS, Platform.FACEBOOK),
					org.assertj.core.groups.Tuple.tuple(ChannelChange.Kind.DETAILS, Platform.INSTAGRAM),
					org.assertj.core.groups.Tuple.tuple(ChannelChange.Kind.ADDED, Platform.TIKTOK));
		assertThat(ChannelChange.between(List.of(tiktok), List.of())).extracting(ChannelChange.Entry::kind)
			.containsExactly(ChannelChange.Kind.REMOVED);
		assertThat(ChannelChange.between(List.of(tiktok), List.of(tiktok))).isEmpty();
	}

	@Test
	void theOverviewFiltersByRegionKreisAndGroupAndCountsActiveChannelsOnce() {
		Municipality kreis = municipality("kreis-a", "Kreis A", MunicipalityKind.KREIS, "Nord", null);
		Municipality town = municipality("stadt-b", "Stadt B", MunicipalityKind.STADT, "Nord", "kreis-a");
		Municipality other = municipality("stadt-c", "Stadt C", MunicipalityKind.STADT, "Süd", null);
		Map<String, List<Channel>> channels = Map.of("kreis-a",
				List.of(new Channel(Platform.INSTAGRAM, "https://i.example/1", null, ChannelStatus.EINGESTELLT, null,
						null, null, List.of(), null, null), channel(Platform.INSTAGRAM, "https://i.example/2", null)),
				"stadt-b",
				List.of(new Channel(Platform.INSTAGRAM, "https://i.example/3", null, ChannelStatus.PAUSIERT, null, null,
						null, List.of(), null, null)),
				"stadt-c", List.of(channel(Platform.INSTAGRAM, "https://i.example/4", null)));
		List<Municipality> all = List.of(kreis, town, other);

		Overview everyone = ChannelOverview.build(all, channels, Filter.NONE);
		assertThat(everyone.counts().get(0)).isEqualTo(new ChannelOverview.PlatformCount(Platform.INSTAGRAM, 2, 3));
		assertThat(everyone.rows().get(0).channels().get(Platform.INSTAGRAM).status()).isEqualTo(ChannelStatus.AKTIV);
		assertThat(everyone.regions()).containsExactly("Nord", "Süd");
		assertThat(everyone.kreise()).containsExactly(kreis);

		assertThat(ChannelOverview.build(all, channels, new Filter(null, "kreis-a", null)).rows())
			.extracting(ChannelOverview.Row::slug)
			.containsExactly("kreis-a", "stadt-b");
		assertThat(ChannelOverview.build(all, channels, new Filter("Süd", null, null)).counts().get(0))
			.isEqualTo(new ChannelOverview.PlatformCount(Platform.INSTAGRAM, 1, 1));
		assertThat(ChannelOverview.build(all, channels, new Filter(null, null, Set.of("stadt-b", "stadt-c"))).rows())
			.extracting(ChannelOverview.Row::slug)
			.containsExactly("stadt-b", "stadt-c");
		assertThat(ChannelOverview.build(all, channels, new Filter(null, null, Set.of())).rows()).isEmpty();
	}

	@Test
	void anonymousReadersLoseTeamAndContactOnly() {
		Channel full = new Channel(Platform.INSTAGRAM, "https://i.example/1", "@a", ChannelStatus.AKTIV, "2025-01",
				"täglich", "alle", List.of("Service"), "Team", "kontakt@example.org");
		assertThat(full.withoutMembersOnly()).isEqualTo(new Channel(Platform.INSTAGRAM, "https://i.example/1", "@a",
				ChannelStatus.AKTIV, "2025-01", "täglich", "alle", List.of("Service"), null, null));
	}

	private static Channel channel(Platform platform, String url, String since) {
		return new Channel(platform, url, null, ChannelStatus.AKTIV, since, null, null, List.of(), null, null);
	}

	private static Municipality municipality(String slug, String name, MunicipalityKind kind, String region,
			String partOf) {
		return new Municipality(slug, slug, name, kind, region, "NRW", null, List.of(), partOf, "", null, null, null);
	}

}
