package de.impulsnetz;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Routes only the tests have: a page that fails, to see the error page users would get.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestRoutes {

	@Bean
	RouterFunction<ServerResponse> failingRoute() {
		return RouterFunctions.route().GET("/test/fehler", (request) -> {
			throw new IllegalStateException("geheime Details");
		}).build();
	}

}
