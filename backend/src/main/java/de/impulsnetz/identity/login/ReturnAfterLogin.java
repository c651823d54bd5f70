package de.impulsnetz.identity.login;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.ServerRedirectStrategy;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;

/**
 * Where a member returns after logging in: the page a login link came from
 * ({@code /anmelden?zurueck=/praxis/slug#fragen}). The only place that decides which
 * addresses are allowed — the site's own relative paths, never another site — and that
 * remembers and uses them. Without a remembered page the login returns to the page that
 * asked for it (Spring Security's saved request), or to the start page.
 */
@Component
public class ReturnAfterLogin implements ServerAuthenticationSuccessHandler {

	/**
	 * Query parameter of {@code /anmelden} naming the page to return to.
	 */
	public static final String PARAMETER = "zurueck";

	public static final String ATTRIBUTE = ReturnAfterLogin.class.getName();

	private static final int MAX_LENGTH = 2000;

	private final ServerAuthenticationSuccessHandler savedRequest = new RedirectServerAuthenticationSuccessHandler();

	private final ServerRedirectStrategy redirects = new DefaultServerRedirectStrategy();

	/**
	 * The address if it is one of the site's own relative paths: it starts with exactly
	 * one {@code /}, has no backslash, no control character or space, no scheme and no
	 * host. Anything else is empty, so the login lands on the start page.
	 */
	public static Optional<String> safe(String address) {
		if (address == null || address.length() < 1 || address.length() > MAX_LENGTH || address.charAt(0) != '/'
				|| (address.length() > 1 && (address.charAt(1) == '/' || address.charAt(1) == '\\'))) {
			return Optional.empty();
		}
		for (int i = 0; i < address.length(); i++) {
			char c = address.charAt(i);
			if (c <= ' ' || c == '\\' || c == 0x7f || Character.isWhitespace(c) || Character.isISOControl(c)) {
				return Optional.empty();
			}
		}
		try {
			URI uri = new URI(address);
			if (uri.isAbsolute() || uri.getRawAuthority() != null || uri.isOpaque() || uri.getRawPath() == null
					|| !uri.getRawPath().startsWith("/") || uri.getRawPath().startsWith("//")) {
				return Optional.empty();
			}
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
		return Optional.of(address);
	}

	/**
	 * Remembers the page to return to after this login, if it is allowed; forgets an
	 * older one otherwise. Answers the address remembered.
	 */
	public Mono<Optional<String>> remember(ServerWebExchange exchange, String address) {
		Optional<String> target = safe(address);
		return exchange.getSession().map((session) -> {
			target.ifPresentOrElse((allowed) -> session.getAttributes().put(ATTRIBUTE, allowed),
					() -> session.getAttributes().remove(ATTRIBUTE));
			return target;
		});
	}

	@Override
	public Mono<Void> onAuthenticationSuccess(WebFilterExchange exchange, Authentication authentication) {
		return exchange.getExchange()
			.getSession()
			.flatMap((session) -> take(session)
				.map((target) -> this.redirects.sendRedirect(exchange.getExchange(), URI.create(target)))
				.orElseGet(() -> this.savedRequest.onAuthenticationSuccess(exchange, authentication)));
	}

	private static Optional<String> take(WebSession session) {
		Object remembered = session.getAttributes().remove(ATTRIBUTE);
		return (remembered instanceof String address) ? safe(address) : Optional.empty();
	}

}
