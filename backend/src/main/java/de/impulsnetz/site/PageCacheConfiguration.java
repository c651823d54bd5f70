package de.impulsnetz.site;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheSettings.class)
class PageCacheConfiguration {

	@Bean
	PageCache pageCache(PageCacheSettings settings) {
		return new PageCache(settings.maxBytes().toBytes(), settings.maxEntryBytes().toBytes(), settings.timeToLive(),
				settings.enabled());
	}

}
