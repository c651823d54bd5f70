package de.impulsnetz.municipality.channel;

import de.impulsnetz.shared.web.Refusal;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;

/**
 * The member may not change this municipality's channels: only its own members and admins
 * may.
 */
public class ChannelsDenied extends ResponseStatusException implements Refusal {

	ChannelsDenied() {
		super(HttpStatus.FORBIDDEN, "channel.denied");
	}

	@Override
	public HttpStatusCode refusalStatus() {
		return getStatusCode();
	}

	@Override
	public String messageKey() {
		return "channel.denied";
	}

}
