package de.impulsnetz.site;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The anonymous page cache ({@code impulsnetz.page-cache}, see README "Caching").
 *
 * @param enabled whether pages are kept at all (off in the test profile, whose fixtures
 * are written straight into the database, past the change events)
 * @param maxBytes what all kept pages may hold together
 * @param maxEntryBytes the largest page kept
 * @param timeToLive how long a page is kept at most, for what changes with time alone
 * (what is on now, a deadline passed)
 * @param cacheControl the {@code Cache-Control} of anonymous pages, for proxies and
 * browsers
 * @param poll how often an instance looks for changes other instances made
 */
@ConfigurationProperties("impulsnetz.page-cache")
record PageCacheSettings(boolean enabled, DataSize maxBytes, DataSize maxEntryBytes, Duration timeToLive,
		String cacheControl, Duration poll) {

}
