package de.impulsnetz.shared.web;

import java.util.List;

/**
 * Multipart forms whose controller streams a large file itself (a recording of gigabytes)
 * instead of letting the framework read the whole form first. For their addresses the
 * site-wide multipart limits do not apply, and the CSRF filter does not read the form (it
 * would read it all to find the token): the controller checks the token, which the form
 * sends as its first field, and its own size limit.
 */
public interface StreamedForms {

	/**
	 * Path patterns, e.g. {@code /impulse/*}{@code /*}{@code /aufnahme}.
	 */
	List<String> paths();

}
