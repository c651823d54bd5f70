package de.impulsnetz.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ReactorResourceFactory;

/**
 * The app's web server runs on event loops of its own rather than Reactor Netty's global
 * ones. Stopping an application context stops its resources; with the global ones that
 * pulled the loops from under every other context in the same JVM (seen in the test suite
 * as requests that never completed).
 */
@Configuration(proxyBeanMethods = false)
class NettyConfiguration {

	@Bean
	ReactorResourceFactory reactorResourceFactory() {
		ReactorResourceFactory resources = new ReactorResourceFactory();
		resources.setUseGlobalResources(false);
		return resources;
	}

}
