package de.impulsnetz.talk.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.impulsnetz.talk.publication.Licence;

/**
 * A speaker's licence as the API names it (SPDX where there is one).
 */
enum ApiLicence {

	@JsonProperty("ALLE-RECHTE-VORBEHALTEN")
	ALL_RIGHTS_RESERVED(Licence.ALL_RIGHTS_RESERVED),

	@JsonProperty("CC-BY-4.0")
	CC_BY_4_0(Licence.CC_BY_4_0),

	@JsonProperty("CC-BY-SA-4.0")
	CC_BY_SA_4_0(Licence.CC_BY_SA_4_0);

	private final Licence licence;

	ApiLicence(Licence licence) {
		this.licence = licence;
	}

	Licence licence() {
		return this.licence;
	}

	static ApiLicence of(Licence licence) {
		return valueOf(licence.name());
	}

}
