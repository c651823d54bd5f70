package de.impulsnetz.municipality;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an admin enters to register a municipality in the app.
 */
public record NewMunicipality(String name, MunicipalityKind kind, String region, String state, @Nullable String website,
		List<String> emailDomains) {

}
