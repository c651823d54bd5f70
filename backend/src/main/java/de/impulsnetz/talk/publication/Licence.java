package de.impulsnetz.talk.publication;

import org.jspecify.annotations.Nullable;

/**
 * Under which licence a speaker allowed the recording to be published.
 */
public enum Licence {

	ALL_RIGHTS_RESERVED("ALLE-RECHTE-VORBEHALTEN"), CC_BY_4_0("CC-BY-4.0"), CC_BY_SA_4_0("CC-BY-SA-4.0");

	private final String code;

	Licence(String code) {
		this.code = code;
	}

	/**
	 * The name in files and the API, e.g. {@code CC-BY-4.0} (SPDX where there is one).
	 */
	public String code() {
		return this.code;
	}

	/**
	 * The licence with this code or constant name, or {@code null}.
	 */
	public static @Nullable Licence fromCode(String code) {
		for (Licence licence : values()) {
			if (licence.code.equalsIgnoreCase(code) || licence.name().equalsIgnoreCase(code)) {
				return licence;
			}
		}
		return null;
	}

}
