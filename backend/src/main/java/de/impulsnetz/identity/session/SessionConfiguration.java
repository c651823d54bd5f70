package de.impulsnetz.identity.session;

import java.time.Clock;
import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.ResponseCookie;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionManager;

/**
 * Sessions live in MongoDB; the session cookie is HttpOnly, SameSite=Lax, and Secure
 * whenever the request came in over TLS (directly or, with forwarded headers, through a
 * proxy).
 */
@Configuration(proxyBeanMethods = false)
public class SessionConfiguration {

	static final String COOKIE = "IMPULSNETZ_SESSION";

	private static final Log logger = LogFactory.getLog(SessionConfiguration.class);

	private final MongoWebSessionStore store;

	SessionConfiguration(ReactiveMongoTemplate mongo, Clock clock,
			@Value("${impulsnetz.session.timeout:8h}") Duration timeout,
			@Value("${impulsnetz.session.absolute-timeout:12h}") Duration absoluteTimeout,
			@Value("${impulsnetz.session.login-timeout:10m}") Duration loginTimeout) {
		this.store = new MongoWebSessionStore(mongo, clock,
				new MongoWebSessionStore.Lifetimes(timeout, absoluteTimeout, loginTimeout),
				getClass().getClassLoader());
	}

	MongoWebSessionStore store() {
		return this.store;
	}

	@Bean(WebHttpHandlerBuilder.WEB_SESSION_MANAGER_BEAN_NAME)
	WebSessionManager webSessionManager() {
		DefaultWebSessionManager manager = new DefaultWebSessionManager();
		manager.setSessionStore(this.store);
		manager.setSessionIdResolver(new SessionCookie());
		return manager;
	}

	@Scheduled(fixedDelayString = "${impulsnetz.session.cleanup-interval:10m}", initialDelayString = "1m")
	void removeExpiredSessions() {
		this.store.removeExpired()
			.filter((removed) -> removed > 0)
			.subscribe((removed) -> logger.debug("Removed " + removed + " expired sessions"),
					(error) -> logger.warn("Could not remove expired sessions: " + error.getMessage()));
	}

	static final class SessionCookie extends CookieWebSessionIdResolver {

		SessionCookie() {
			setCookieName(COOKIE);
		}

		@Override
		public void setSessionId(ServerWebExchange exchange, String id) {
			boolean tls = "https".equalsIgnoreCase(exchange.getRequest().getURI().getScheme());
			ResponseCookie cookie = ResponseCookie.from(getCookieName(), id)
				.path(exchange.getRequest().getPath().contextPath().value() + "/")
				.httpOnly(true)
				.secure(tls)
				.sameSite("Lax")
				.build();
			exchange.getResponse().getCookies().set(getCookieName(), cookie);
		}

	}

}
