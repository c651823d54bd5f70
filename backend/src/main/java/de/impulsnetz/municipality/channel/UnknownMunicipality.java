package de.impulsnetz.municipality.channel;

import de.impulsnetz.shared.web.Refusal;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;

/**
 * No municipality has this slug: the page answers 404, the API a problem detail that says
 * so.
 */
public class UnknownMunicipality extends ResponseStatusException implements Refusal {

	UnknownMunicipality(String slug) {
		super(HttpStatus.NOT_FOUND, "No municipality " + slug);
	}

	@Override
	public HttpStatusCode refusalStatus() {
		return getStatusCode();
	}

	@Override
	public String messageKey() {
		return "channel.api.notFound";
	}

}
