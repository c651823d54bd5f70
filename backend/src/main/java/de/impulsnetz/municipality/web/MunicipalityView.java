package de.impulsnetz.municipality.web;

import java.util.List;

import de.impulsnetz.municipality.Channel;
import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityKind;
import org.jspecify.annotations.Nullable;

/**
 * A municipality as the directory pages show it, without what only the app needs (mail
 * domains, import stamps, versions).
 */
record MunicipalityView(String slug, String name, MunicipalityKind kind, String region, String state,
		@Nullable String website, List<Channel> channels) {

	static MunicipalityView of(Municipality municipality) {
		return new MunicipalityView(municipality.slug(), municipality.name(), municipality.kind(),
				municipality.region(), municipality.state(), municipality.website(), municipality.channels());
	}

}
