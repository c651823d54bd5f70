package de.impulsnetz.system;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
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

	private final List<Range> proxies;

	private final ForwardedHeaderTransformer remover = new ForwardedHeaderTransformer();

	TrustedProxies(@Value("${impulsnetz.trusted-proxies:127.0.0.1/8,::1/128}") List<String> proxies) {
		this.proxies = proxies.stream().map(String::strip).filter((proxy) -> !proxy.isEmpty()).map(Range::of).toList();
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
		return this.proxies.stream().anyMatch((proxy) -> proxy.contains(remote.getAddress()));
	}

	/**
	 * An address ({@code 10.0.0.5}) or CIDR range ({@code 10.0.0.0/8}, {@code fd00::/8}),
	 * given as literals: no name is looked up.
	 */
	record Range(byte[] network, int prefix) {

		static Range of(String cidr) {
			String[] parts = cidr.split("/", 2);
			if (!parts[0].matches("[0-9a-fA-F:.]+")) {
				throw new IllegalArgumentException("Not an IP address or CIDR range: " + cidr);
			}
			try {
				byte[] network = InetAddress.getByName(parts[0]).getAddress();
				int prefix = (parts.length > 1) ? Integer.parseInt(parts[1]) : network.length * 8;
				if (prefix < 0 || prefix > network.length * 8) {
					throw new IllegalArgumentException("Prefix out of range: " + cidr);
				}
				return new Range(network, prefix);
			}
			catch (java.net.UnknownHostException | NumberFormatException ex) {
				throw new IllegalArgumentException("Not an IP address or CIDR range: " + cidr, ex);
			}
		}

		boolean contains(InetAddress address) {
			byte[] bytes = address.getAddress();
			if (bytes.length != this.network.length) {
				return false;
			}
			for (int bit = 0; bit < this.prefix; bit++) {
				int mask = 0x80 >> (bit % 8);
				if ((bytes[bit / 8] & mask) != (this.network[bit / 8] & mask)) {
					return false;
				}
			}
			return true;
		}

	}

}
