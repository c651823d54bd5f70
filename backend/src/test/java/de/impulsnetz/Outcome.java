package de.impulsnetz;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.provider.Arguments;

import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one actor got for one action in a permissions matrix over HTTP: the login, a
 * refusal, or the action done.
 */
public enum Outcome {

	/** Sent to the login (or 401). */
	LOGIN,

	/** Refused: one of the statuses the matrix counts as a refusal. */
	DENIED,

	/** Done: 2xx, or a redirect that is not the login. */
	ALLOWED;

	/**
	 * The outcome of a request; any other status fails the test.
	 * @param refusals the statuses that mean refused, e.g. 403 and 404
	 */
	public static Outcome of(EntityExchangeResult<byte[]> result, Set<Integer> refusals) {
		int status = result.getStatus().value();
		String location = String.valueOf(result.getResponseHeaders().getLocation());
		if (status == 401 || (status / 100 == 3 && location.contains("/anmelden"))) {
			return LOGIN;
		}
		if (refusals.contains(status)) {
			return DENIED;
		}
		assertThat(status / 100).as("status %s for %s", status, result.getUrl()).isIn(2, 3);
		return ALLOWED;
	}

	/**
	 * One row of a matrix: the action and what each actor gets, in the order of the
	 * test's actors.
	 */
	public static Arguments row(String action, Outcome... outcomes) {
		return Arguments.of(action, List.of(outcomes));
	}

}
