package de.impulsnetz.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A long list on a page in pages ({@code ?seite=}, from 1), with the links of
 * {@code fragments/_paging.html}: previous, next, and numbered pages around the current
 * one (the first and last always), each keeping the rest of the query, such as the
 * filters.
 *
 * @param previous link to the page before, {@code null} on the first
 * @param next link to the page after, {@code null} on the last
 * @param pages the numbered links; a {@code null} number marks left-out pages
 */
public record PageLinks(int current, int last, int size, @Nullable String previous, @Nullable String next,
		List<Link> pages) {

	/** Pages shown on either side of the current one. */
	private static final int AROUND = 2;

	/**
	 * @param href {@code null} for a gap
	 */
	public record Link(@Nullable Integer number, @Nullable String href, boolean current) {

	}

	/**
	 * The pages of {@code total} entries, {@code size} per page; {@code requested} as the
	 * query gave it (a missing, unreadable or too large number gives the nearest page).
	 */
	public static PageLinks of(@Nullable String requested, int total, int size, ServerHttpRequest request) {
		int last = Math.max(1, (total + size - 1) / size);
		int current = Math.min(last, Math.max(1, parse(requested)));
		List<Link> pages = new ArrayList<>();
		for (int number = 1; number <= last; number++) {
			if (number == 1 || number == last || Math.abs(number - current) <= AROUND) {
				pages.add(new Link(number, href(request, number), number == current));
			}
			else if (pages.get(pages.size() - 1).number() != null) {
				pages.add(new Link(null, null, false));
			}
		}
		return new PageLinks(current, last, size, (current > 1) ? href(request, current - 1) : null,
				(current < last) ? href(request, current + 1) : null, List.copyOf(pages));
	}

	/**
	 * The entries of the current page.
	 */
	public <T> List<T> slice(List<T> all) {
		int from = Math.min(all.size(), (this.current - 1) * this.size);
		return all.subList(from, Math.min(all.size(), from + this.size));
	}

	/**
	 * Whether there is more than one page, so that the links are worth showing.
	 */
	public boolean isPaged() {
		return this.last > 1;
	}

	private static int parse(@Nullable String requested) {
		try {
			return (requested != null) ? Integer.parseInt(requested.strip()) : 1;
		}
		catch (NumberFormatException notANumber) {
			return 1;
		}
	}

	/**
	 * The address of the page; the first has no {@code seite}, so that it is the list's
	 * own address.
	 */
	private static String href(ServerHttpRequest request, int number) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(request.getPath().value())
			.query(request.getURI().getRawQuery());
		if (number == 1) {
			uri.replaceQueryParam("seite");
		}
		else {
			uri.replaceQueryParam("seite", number);
		}
		return uri.build(true).toUriString();
	}

}
