package de.impulsnetz.site;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * Anonymous pages, ready to send: a Caffeine cache bounded by the bytes its entries hold.
 * Every change a reader could see {@link #clear() clears} it whole; pages are rendered
 * again on demand. A page rendered while a change was made is not kept: whoever stores
 * names the {@link #generation()} it started in, and a clear in between wins.
 */
final class PageCache {

	/**
	 * What an entry costs besides its body: key, headers, the objects around them.
	 */
	static final int OVERHEAD = 1024;

	private final Cache<Key, Page> pages;

	private final long maxEntryBytes;

	private final AtomicLong generation = new AtomicLong();

	private volatile boolean enabled;

	PageCache(long maxBytes, long maxEntryBytes, Duration timeToLive, boolean enabled) {
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((Key key, Page page) -> page.weight() + key.weight())
			.expireAfterWrite(timeToLive)
			// Its upkeep runs on the thread that reads or writes, not on the common pool:
			// a page served costs no hand-over to another thread on a busy machine.
			.executor(Runnable::run)
			.build();
		this.maxEntryBytes = maxEntryBytes;
		this.enabled = enabled;
	}

	boolean enabled() {
		return this.enabled;
	}

	/**
	 * Switches the cache on or off (tests whose fixtures bypass the change events run
	 * with it off); off, it is empty.
	 */
	void enabled(boolean enabled) {
		this.enabled = enabled;
		clear();
	}

	long generation() {
		return this.generation.get();
	}

	@Nullable Page get(Key key) {
		return this.enabled ? this.pages.getIfPresent(key) : null;
	}

	/**
	 * Keeps the page unless a clear came after {@code since} (a generation read before
	 * the page was rendered) or the page is too large to keep.
	 */
	void store(Key key, Page page, long since) {
		if (!this.enabled || page.body().length > this.maxEntryBytes || this.generation.get() != since) {
			return;
		}
		this.pages.put(key, page);
		// A clear between the check above and the put has already run its invalidateAll:
		// it counted up first, which shows here.
		if (this.generation.get() != since) {
			this.pages.invalidate(key);
		}
	}

	/**
	 * Drops every page and every page being rendered now.
	 */
	void clear() {
		this.generation.incrementAndGet();
		this.pages.invalidateAll();
	}

	long weightedSize() {
		this.pages.cleanUp();
		return this.pages.policy().eviction().map((eviction) -> eviction.weightedSize().orElse(0)).orElse(0L);
	}

	long size() {
		this.pages.cleanUp();
		return this.pages.estimatedSize();
	}

	/**
	 * What a page depends on: address (with the query in a fixed order) and language.
	 */
	record Key(String address, String language) {

		int weight() {
			return 2 * (this.address.length() + this.language.length());
		}

	}

	/**
	 * A rendered page: its headers as sent (security headers included, no cookie), body,
	 * strong entity tag of the body, and when it was rendered.
	 */
	record Page(HttpHeaders headers, byte[] body, String etag, Instant rendered) {

		int weight() {
			int headers = this.headers.headerSet()
				.stream()
				.mapToInt((header) -> header.getKey().length()
						+ header.getValue().stream().mapToInt(String::length).sum())
				.sum();
			return this.body.length + 2 * headers + OVERHEAD;
		}

	}

}
