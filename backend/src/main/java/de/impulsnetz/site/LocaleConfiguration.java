package de.impulsnetz.site;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.i18n.LocaleContextResolver;

/**
 * German is the language of the site, whatever the browser asks for; English is chosen
 * explicitly ({@code ?lang=en}, remembered in a cookie).
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

	static final String PARAMETER = "lang";

	static final String COOKIE = "lang";

	private static final Set<String> SUPPORTED = Set.of("de", "en");

	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setDefaultLocale(Locale.GERMAN);
		return messages;
	}

	@Bean(WebHttpHandlerBuilder.LOCALE_CONTEXT_RESOLVER_BEAN_NAME)
	LocaleContextResolver localeContextResolver() {
		return new LocaleContextResolver() {

			@Override
			public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
				return new SimpleLocaleContext(chosenLocale(exchange));
			}

			@Override
			public void setLocaleContext(ServerWebExchange exchange, LocaleContext localeContext) {
				throw new UnsupportedOperationException("The language is chosen with ?lang=");
			}

		};
	}

	/**
	 * Remembers a language chosen with {@code ?lang=} for the following pages.
	 */
	@Bean
	WebFilter languageCookieFilter() {
		return (exchange, chain) -> {
			String chosen = exchange.getRequest().getQueryParams().getFirst(PARAMETER);
			if (chosen != null && SUPPORTED.contains(chosen)) {
				exchange.getResponse()
					.addCookie(ResponseCookie.from(COOKIE, chosen)
						.path("/")
						.maxAge(Duration.ofDays(365))
						.sameSite("Lax")
						.httpOnly(true)
						.build());
			}
			return chain.filter(exchange);
		};
	}

	static Locale chosenLocale(ServerWebExchange exchange) {
		String chosen = exchange.getRequest().getQueryParams().getFirst(PARAMETER);
		if (chosen == null) {
			HttpCookie cookie = exchange.getRequest().getCookies().getFirst(COOKIE);
			chosen = (cookie != null) ? cookie.getValue() : null;
		}
		return "en".equals(chosen) ? Locale.ENGLISH : Locale.GERMAN;
	}

}
