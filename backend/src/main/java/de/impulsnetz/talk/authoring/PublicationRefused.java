package de.impulsnetz.talk.authoring;

import java.util.List;

import de.impulsnetz.talk.publication.MissingForPublication;

/**
 * The talk still lacks something before it may be published: everything that is missing,
 * as the {@link de.impulsnetz.talk.publication.PublicationRequirement} beans reported it.
 */
public class PublicationRefused extends RuntimeException {

	private final List<MissingForPublication> missing;

	PublicationRefused(List<MissingForPublication> missing) {
		super("Missing for publication: " + missing);
		this.missing = List.copyOf(missing);
	}

	public List<MissingForPublication> missing() {
		return this.missing;
	}

}
