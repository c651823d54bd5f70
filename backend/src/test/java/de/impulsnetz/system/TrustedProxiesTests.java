package de.impulsnetz.system;

import java.net.InetSocketAddress;

import de.impulsnetz.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forwarded headers count only when they come from a trusted proxy (loopback by default):
 * anyone else cannot make the app believe in TLS or another host.
 */
@IntegrationTest
class TrustedProxiesTests {

	@Autowired
	@Qualifier(WebHttpHandlerBuilder.FORWARDED_HEADER_TRANSFORMER_BEAN_NAME)
	ForwardedHeaderTransformer forwarded;

	@Test
	void forwardedHeadersFromAnyoneElseAreRemoved() {
		ServerHttpRequest request = this.forwarded.apply(claimingTls("203.0.113.7"));
		assertThat(request.getURI().toString()).isEqualTo("http://app.internal:8080/praxis");
		assertThat(request.getHeaders().containsHeader("X-Forwarded-Proto")).isFalse();
		assertThat(request.getHeaders().containsHeader("Forwarded")).isFalse();
	}

	@Test
	void forwardedHeadersFromATrustedProxyCount() {
		ServerHttpRequest request = this.forwarded.apply(claimingTls("127.0.0.1"));
		assertThat(request.getURI().toString()).isEqualTo("https://impulsnetz.example/praxis");
	}

	@Test
	void aRequestWithoutKnownSenderIsNotBelieved() {
		ServerHttpRequest request = this.forwarded.apply(MockServerHttpRequest.get("http://app.internal:8080/praxis")
			.header("X-Forwarded-Host", "impulsnetz.example")
			.build());
		assertThat(request.getURI().getHost()).isEqualTo("app.internal");
	}

	private static MockServerHttpRequest claimingTls(String remote) {
		return MockServerHttpRequest.get("http://app.internal:8080/praxis")
			.remoteAddress(new InetSocketAddress(remote, 40000))
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "impulsnetz.example")
			.header("X-Forwarded-Port", "443")
			.header("Forwarded", "proto=https;host=impulsnetz.example")
			.build();
	}

}
