package de.impulsnetz.search;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean(destroyMethod = "close")
	SearchIndex searchIndex() {
		return new SearchIndex();
	}

}
