package de.impulsnetz.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.municipality.Platform;
import org.jspecify.annotations.Nullable;

/**
 * What a reader narrows the Praxisbeispiele to: the one rule behind the list page, the
 * JSON API and the feeds. Every part is optional (blank counts as not chosen) and a value
 * matches regardless of case, so {@code thema=recruiting} finds "Recruiting" everywhere.
 *
 * @param channel a {@link Platform} name
 * @param municipality a municipality's slug
 * @param institutionKind a {@link MunicipalityKind} name
 * @param region a region of the authoring municipalities
 */
public record PracticeFilter(@Nullable String channel, @Nullable String topic, @Nullable String municipality,
		@Nullable String institutionKind, @Nullable String region) {

	public static final PracticeFilter NONE = new PracticeFilter(null, null, null, null, null);

	/**
	 * The parts a practice can be filtered by.
	 */
	public enum Part {

		CHANNEL, TOPIC, MUNICIPALITY, INSTITUTION_KIND, REGION

	}

	public PracticeFilter withChannel(@Nullable String channel) {
		return new PracticeFilter(channel, this.topic, this.municipality, this.institutionKind, this.region);
	}

	public PracticeFilter withTopic(@Nullable String topic) {
		return new PracticeFilter(this.channel, topic, this.municipality, this.institutionKind, this.region);
	}

	public PracticeFilter withMunicipality(@Nullable String municipality) {
		return new PracticeFilter(this.channel, this.topic, municipality, this.institutionKind, this.region);
	}

	public PracticeFilter withInstitutionKind(@Nullable String institutionKind) {
		return new PracticeFilter(this.channel, this.topic, this.municipality, institutionKind, this.region);
	}

	public @Nullable String value(Part part) {
		return switch (part) {
			case CHANNEL -> this.channel;
			case TOPIC -> this.topic;
			case MUNICIPALITY -> this.municipality;
			case INSTITUTION_KIND -> this.institutionKind;
			case REGION -> this.region;
		};
	}

	/**
	 * Whether this part is chosen, i.e. narrows the result.
	 */
	public boolean narrows(Part part) {
		String value = value(part);
		return value != null && !value.isBlank();
	}

	/**
	 * Whether the practice matches every chosen part.
	 * @param regionOf the region of a municipality (by slug), or {@code null}
	 */
	public boolean matches(Practice practice, Function<String, @Nullable String> regionOf) {
		return matchesAllBut(null, practice, regionOf);
	}

	/**
	 * Whether the practice matches every chosen part except {@code ignored}: what a facet
	 * would leave if the reader switched its value.
	 */
	public boolean matchesAllBut(@Nullable Part ignored, Practice practice,
			Function<String, @Nullable String> regionOf) {
		for (Part part : Part.values()) {
			if (part != ignored && narrows(part)
					&& values(practice, part, regionOf).stream().noneMatch((value) -> same(value(part), value))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether a chosen value and a value of a practice are the same for this filter.
	 */
	public static boolean same(@Nullable String chosen, String value) {
		return chosen != null && chosen.equalsIgnoreCase(value);
	}

	/**
	 * The values a practice has for one part, as the filter compares them.
	 */
	public static List<String> values(Practice practice, Part part, Function<String, @Nullable String> regionOf) {
		PracticeContent content = practice.content();
		return switch (part) {
			case CHANNEL -> content.channels().stream().map(Enum::name).toList();
			case TOPIC -> content.topics();
			case MUNICIPALITY -> content.municipalities();
			case INSTITUTION_KIND -> List.of(content.institutionKind().name());
			case REGION -> regions(content.municipalities(), regionOf);
		};
	}

	private static List<String> regions(List<String> municipalities, Function<String, @Nullable String> regionOf) {
		List<String> regions = new ArrayList<>();
		for (String slug : municipalities) {
			String region = regionOf.apply(slug);
			if (region != null) {
				regions.add(region);
			}
		}
		return regions;
	}

}
