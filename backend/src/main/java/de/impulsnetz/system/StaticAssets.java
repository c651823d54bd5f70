package de.impulsnetz.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.reactive.resource.ContentVersionStrategy;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Static assets (KERN UX, its fonts, our stylesheet, scripts and images under
 * {@code static/}) are addressed by their content, so a browser keeps them for a year and
 * asks again only when they change. Spring's resource chain serves
 * {@code /css/impulsnetz-<md5>.css} and rewrites the {@code url()}s inside stylesheets
 * (content version strategy, {@code spring.web.resources.chain} in application.yml); this
 * filter writes the hashed names into every link the templates build with {@code @{…}}
 * (WebFlux has no {@code ResourceUrlEncodingFilter}: its {@code ResourceUrlProvider}
 * answers asynchronously, while Thymeleaf asks for a link synchronously) and sets the
 * caching of both names. The hashes are computed once at start-up, the way Spring's
 * {@link ContentVersionStrategy} computes them, so that both agree. The plain names keep
 * working (links from feeds, mails, old pages) and are cached for a short while only.
 */
@Component
class StaticAssets implements WebFilter, Ordered {

	static final CacheControl HASHED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	static final CacheControl PLAIN = CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic();

	private static final String FOLDER = "static/";

	/** Plain path ({@code /css/impulsnetz.css}) to hashed path. */
	private final Map<String, String> hashedPaths;

	private final Set<String> hashed;

	/**
	 * What all kept answers of hashed names may hold (everything under {@code static/}
	 * and KERN UX together is about 2 MB), and the largest one kept.
	 */
	private final KeptAssets kept = new KeptAssets(32L * 1024 * 1024, 4L * 1024 * 1024);

	StaticAssets() {
		this.hashedPaths = Map.copyOf(scan(FOLDER));
		this.hashed = Set.copyOf(this.hashedPaths.values());
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		exchange.addUrlTransformer(this::link);
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		if (this.hashed.contains(path)) {
			exchange.getResponse().getHeaders().setCacheControl(HASHED);
			return this.kept.serve(exchange, chain);
		}
		if (this.hashedPaths.containsKey(path)) {
			exchange.getResponse().getHeaders().setCacheControl(PLAIN);
		}
		return chain.filter(exchange);
	}

	/**
	 * Whether the answer for this hashed name is kept in memory.
	 */
	boolean keeps(String path) {
		return this.kept.contains(path);
	}

	/**
	 * The link with the hashed name of the asset it names; any other link as it is.
	 */
	String link(String url) {
		int end = url.length();
		for (int i = 0; i < url.length(); i++) {
			char c = url.charAt(i);
			if (c == '?' || c == '#') {
				end = i;
				break;
			}
		}
		String hashedPath = this.hashedPaths.get(url.substring(0, end));
		return (hashedPath != null) ? hashedPath + url.substring(end) : url;
	}

	private static Map<String, String> scan(String folder) {
		ContentVersionStrategy names = new ContentVersionStrategy();
		Map<String, String> paths = new HashMap<>();
		try {
			PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(
					StaticAssets.class.getClassLoader());
			for (Resource root : resolver.getResources("classpath*:" + folder)) {
				String rootUrl = root.getURL().toString();
				for (Resource file : resolver.getResources(rootUrl + "**")) {
					if (!file.isReadable()) {
						continue;
					}
					String path = "/" + file.getURL().toString().substring(rootUrl.length());
					if (path.endsWith("/") || paths.containsKey(path)) {
						continue;
					}
					// The resource Spring serves for the path: the first on the class
					// path.
					try (InputStream content = new ClassPathResource(folder + path.substring(1)).getInputStream()) {
						paths.put(path, names.addVersion(path, DigestUtils.md5DigestAsHex(content)));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the static assets", ex);
		}
		return paths;
	}

}
