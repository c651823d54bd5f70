package de.impulsnetz.municipality.channel;

import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityChanged;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.municipality.Platform;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The regional picture of who is active where: municipalities × platforms, filtered by
 * region, by Kreis (the Kreis and the towns that are part of it) and by a group of
 * municipalities (an Arbeitsgruppe), with the number of municipalities active on each
 * platform. Shows only what anonymous readers may see.
 */
@Service
public class ChannelOverview {

	private static final Comparator<Channel> MOST_ACTIVE = Comparator.comparing(Channel::status);

	/**
	 * How long this instance keeps what it read; changes here are seen at once, changes
	 * on other instances after this time.
	 */
	static final Duration KEEP = Duration.ofMinutes(1);

	private final AsyncLoadingCache<String, Snapshot> snapshot;

	ChannelOverview(MunicipalityDirectory directory, ChannelKeeping keeping) {
		this.snapshot = Caffeine.newBuilder()
			.expireAfterWrite(KEEP)
			.maximumSize(1)
			.buildAsync((key, executor) -> Mono.zip(directory.all().collectList(), keeping.publicChannelsBySlug())
				.map((found) -> new Snapshot(found.getT1(), found.getT2()))
				.toFuture());
	}

	/**
	 * The overview for the filter; an empty filter shows every municipality. Reads the
	 * directory and all channels once per {@link #KEEP} (or change), not once per view.
	 */
	public Mono<Overview> of(Filter filter) {
		return Mono.fromFuture(() -> this.snapshot.get(ALL), true)
			.map((found) -> build(found.municipalities(), found.channels(), filter));
	}

	@EventListener
	void channelsChanged(ChannelsChanged changed) {
		this.snapshot.synchronous().invalidateAll();
	}

	@EventListener
	void municipalityChanged(MunicipalityChanged changed) {
		this.snapshot.synchronous().invalidateAll();
	}

	private static final String ALL = "all";

	private record Snapshot(List<Municipality> municipalities, Map<String, List<Channel>> channels) {

	}

	static Overview build(List<Municipality> municipalities, Map<String, List<Channel>> channels, Filter filter) {
		List<String> regions = municipalities.stream().map(Municipality::region).distinct().sorted().toList();
		List<Municipality> kreise = municipalities.stream()
			.filter((municipality) -> municipality.kind() == MunicipalityKind.KREIS)
			.toList();
		List<Row> rows = municipalities.stream()
			.filter(filter::admits)
			.map((municipality) -> new Row(municipality.slug(), municipality.name(), municipality.region(),
					byPlatform(channels.getOrDefault(municipality.slug(), List.of()))))
			.toList();
		List<PlatformCount> counts = List.of(Platform.values())
			.stream()
			.map((platform) -> new PlatformCount(platform,
					(int) rows.stream()
						.filter((row) -> row.channels().containsKey(platform)
								&& row.channels().get(platform).status() == ChannelStatus.AKTIV)
						.count(),
					rows.size()))
			.toList();
		return new Overview(rows, counts, regions, kreise);
	}

	/**
	 * One channel per platform, the most active where a municipality has several.
	 */
	private static Map<Platform, Channel> byPlatform(List<Channel> channels) {
		Map<Platform, Channel> cells = new EnumMap<>(Platform.class);
		channels.stream().sorted(MOST_ACTIVE).forEach((channel) -> cells.putIfAbsent(channel.platform(), channel));
		return cells;
	}

	/**
	 * What the overview shows.
	 *
	 * @param region only municipalities of this region
	 * @param kreis only this Kreis and the municipalities that are part of it (slug)
	 * @param members only these municipalities (slugs), e.g. of an Arbeitsgruppe
	 */
	public record Filter(@Nullable String region, @Nullable String kreis, @Nullable Set<String> members) {

		public static final Filter NONE = new Filter(null, null, null);

		boolean admits(Municipality municipality) {
			return (this.region == null || this.region.equals(municipality.region()))
					&& (this.kreis == null || this.kreis.equals(municipality.slug())
							|| this.kreis.equals(municipality.partOf()))
					&& (this.members == null || this.members.contains(municipality.slug()));
		}

	}

	/**
	 * The overview: rows in the directory's order, a count for every platform, and what
	 * the filters offer.
	 */
	public record Overview(List<Row> rows, List<PlatformCount> counts, List<String> regions,
			List<Municipality> kreise) {

	}

	/**
	 * One municipality and its channel on each platform it uses.
	 */
	public record Row(String slug, String name, String region, Map<Platform, Channel> channels) {

	}

	/**
	 * How many of the municipalities shown are active on the platform.
	 */
	public record PlatformCount(Platform platform, int active, int of) {

	}

}
