package de.impulsnetz.site;

import de.impulsnetz.shared.web.EntityTags;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page store: bounded by bytes, and never keeping a page rendered across a clear.
 */
class PageCacheTests {

	private static final int KB = 1024;

	@Test
	void staysWithinItsByteBoundHoweverManyPagesComeIn() {
		PageCache cache = new PageCache(1024 * KB, 256 * KB, Duration.ofMinutes(1), true);
		for (int i = 0; i < 5_000; i++) {
			cache.store(new PageCache.Key("http://localhost/suche?q=" + i, "de"), page(10 * KB), cache.generation());
		}
		assertThat(cache.weightedSize()).isLessThanOrEqualTo(1024 * KB).isGreaterThan(512 * KB);
		assertThat(cache.size()).isLessThan(100).isGreaterThan(40);
	}

	@Test
	void keepsNoPageLargerThanItsEntryLimit() {
		PageCache cache = new PageCache(1024 * KB, 64 * KB, Duration.ofMinutes(1), true);
		PageCache.Key key = new PageCache.Key("http://localhost/praxis", "de");
		cache.store(key, page(65 * KB), cache.generation());
		assertThat(cache.get(key)).isNull();
		cache.store(key, page(63 * KB), cache.generation());
		assertThat(cache.get(key)).isNotNull();
	}

	@Test
	void aPageRenderedWhileAChangeWasMadeIsNotKept() {
		PageCache cache = new PageCache(1024 * KB, 64 * KB, Duration.ofMinutes(1), true);
		PageCache.Key key = new PageCache.Key("http://localhost/praxis/fall", "de");
		long renderingSince = cache.generation();
		cache.clear();
		cache.store(key, page(KB), renderingSince);
		assertThat(cache.get(key)).isNull();
		cache.store(key, page(KB), cache.generation());
		assertThat(cache.get(key)).isNotNull();
		cache.clear();
		assertThat(cache.get(key)).isNull();
	}

	@Test
	void keepsAndGivesNothingWhileSwitchedOff() {
		PageCache cache = new PageCache(1024 * KB, 64 * KB, Duration.ofMinutes(1), false);
		PageCache.Key key = new PageCache.Key("http://localhost/", "en");
		cache.store(key, page(KB), cache.generation());
		assertThat(cache.get(key)).isNull();
		cache.enabled(true);
		cache.store(key, page(KB), cache.generation());
		assertThat(cache.get(key)).isNotNull();
		cache.enabled(false);
		assertThat(cache.get(key)).isNull();
	}

	private static PageCache.Page page(int bytes) {
		byte[] body = new byte[bytes];
		return new PageCache.Page(new HttpHeaders(), body, EntityTags.of(body), Instant.now());
	}

}
