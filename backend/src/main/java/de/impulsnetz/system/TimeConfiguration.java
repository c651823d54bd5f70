package de.impulsnetz.system;

import java.time.Clock;

import de.impulsnetz.shared.Berlin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, in the time zone of its users (Berlin); tests and
 * services ask it instead of the system clock.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock() {
		return Clock.system(Berlin.ZONE);
	}

}
