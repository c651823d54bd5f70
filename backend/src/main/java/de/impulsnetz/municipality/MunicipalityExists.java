package de.impulsnetz.municipality;

/**
 * Registering a municipality failed because its slug is taken.
 */
public class MunicipalityExists extends RuntimeException {

	private final String slug;

	public MunicipalityExists(String slug) {
		super("A municipality with slug '" + slug + "' exists");
		this.slug = slug;
	}

	public String slug() {
		return this.slug;
	}

}
