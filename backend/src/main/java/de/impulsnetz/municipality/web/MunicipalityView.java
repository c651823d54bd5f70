package de.impulsnetz.municipality.web;

import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityKind;
import org.jspecify.annotations.Nullable;

/**
 * A municipality as the directory pages show it, without what only the app needs (mail
 * domains, import stamps, versions).
 */
record MunicipalityView(String slug, String name, MunicipalityKind kind, String region, String state,
		@Nullable String website) {

	static MunicipalityView of(Municipality municipality) {
		return new MunicipalityView(municipality.slug(), municipality.name(), municipality.kind(),
				municipality.region(), municipality.state(), municipality.website());
	}

}
