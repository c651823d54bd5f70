package de.impulsnetz.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import de.impulsnetz.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression test for Reactor Netty's keep-alive race (reactor/reactor-netty#4361): when
 * a page's response completed on a MongoDB driver thread and the browser's next request
 * on the same connection arrived in the same instant, the server stopped reading that
 * connection and the request never got an answer. With Reactor Netty 1.3.6 about every
 * second run of 200 requests hung; 1.3.8 fixes it.
 */
@IntegrationTest
class KeepAliveTests {

	private static final int REQUESTS = 400;

	@LocalServerPort
	int port;

	@Test
	void everyRequestOnOneKeepAliveConnectionIsAnswered() throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		// An answer read from MongoDB, so the response completes off the server's loop;
		// the API's, as rendering a whole page 400 times only costs time here.
		HttpRequest request = HttpRequest
			.newBuilder(URI
				.create("http://localhost:" + this.port + "/api/v1/praxis/stellenanzeigen-als-humorvolle-videos"))
			.timeout(Duration.ofSeconds(10))
			.build();
		for (int i = 0; i < REQUESTS; i++) {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as("request %d", i).isEqualTo(200);
		}
	}

}
