package de.impulsnetz.system;

import java.net.InetSocketAddress;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.util.matcher.InetAddressMatcher;
import org.springframework.security.util.matcher.InetAddressMatchers;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;

/**
 * {@code Forwarded} and {@code X-Forwarded-*} headers are believed only from the proxies
 * the operator names ({@code impulsnetz.trusted-proxies}, addresses or CIDR ranges;
 * loopback by default). From anyone else they are removed before the app sees the
 * request, so that nobody can make it think a request came over TLS or for another host.
 * Registered under the name Spring's web handler looks for, so it replaces Boot's
 * transformer.
 */
@Component(WebHttpHandlerBuilder.FORWARDED_HEADER_TRANSFORMER_BEAN_NAME)
class TrustedProxies extends ForwardedHeaderTransformer {

	private final List<InetAddressMatcher> proxies;

	private final ForwardedHeaderTransformer remover = new ForwardedHeaderTransformer();

	TrustedProxies(@Value("${impulsnetz.trusted-proxies:127.0.0.1/8,::1/128}") List<String> proxies) {
		this.proxies = proxies.stream()
			.map(String::strip)
			.filter((proxy) -> !proxy.isEmpty())
			.map(TrustedProxies::range)
			.toList();
		this.remover.setRemoveOnly(true);
	}

	@Override
	public ServerHttpRequest apply(ServerHttpRequest request) {
		return trusted(request.getRemoteAddress()) ? super.apply(request) : this.remover.apply(request);
	}

	private boolean trusted(InetSocketAddress remote) {
		if (remote == null || remote.getAddress() == null) {
			return false;
		}
		return this.proxies.stream().anyMatch((proxy) -> proxy.matches(remote.getAddress()));
	}

	/**
	 * An address ({@code 10.0.0.5}) or CIDR range ({@code 10.0.0.0/8}, {@code fd00::/8}),
	 * given as a literal: no name is looked up.
	 */
	private static InetAddressMatcher range(String cidr) {
		if (!cidr.matches("[0-9a-fA-F:.]+(/[0-9]{1,3})?")) {
			throw new IllegalArgumentException("Not an IP address or CIDR range: " + cidr);
		}
		return InetAddressMatchers.fromIpAddress(cidr);
	}

}
