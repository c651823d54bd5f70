package de.impulsnetz.shared.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The one way a page learns what to confirm after a redirect: a flag in the query string
 * ({@code ?gespeichert}) names a {@link Notice}; the redirect ends in {@code #meldung},
 * the message itself. A flag may carry the item of a list the action was on
 * ({@code ?abgestimmt=krisen-posts}), so the message shows at that item. Each page
 * controller keeps the flags it understands in one instance.
 */
public final class Notices {

	/** What an item named in a flag may look like: a slug or an id. */
	private static final Pattern ITEM = Pattern.compile("[A-Za-z0-9-]{1,120}");

	private final Map<String, Notice> byFlag;

	private Notices(Map<String, Notice> byFlag) {
		this.byFlag = byFlag;
	}

	/**
	 * Notices shown at one place of the page.
	 * @param place where the message appears
	 * @param keysByFlag message key by query flag
	 */
	public static Notices at(String place, Map<String, String> keysByFlag) {
		return new Notices(new LinkedHashMap<>()).and(place, keysByFlag);
	}

	/**
	 * These notices and further ones shown at another place.
	 */
	public Notices and(String place, Map<String, String> keysByFlag) {
		return with(place, keysByFlag, false);
	}

	/**
	 * These notices and warnings shown at a place: the action was refused, and the page
	 * says why ({@code kern-alert--warning}, announced as an alert).
	 */
	public Notices andWarnings(String place, Map<String, String> keysByFlag) {
		return with(place, keysByFlag, true);
	}

	private Notices with(String place, Map<String, String> keysByFlag, boolean warning) {
		Map<String, Notice> all = new LinkedHashMap<>(this.byFlag);
		keysByFlag.forEach((flag, key) -> all.put(flag, new Notice(key, place, null, warning)));
		return new Notices(all);
	}

	/**
	 * The notice of the first flag present, or {@code null}; with the item the flag
	 * names, if any.
	 */
	public @Nullable Notice find(ServerHttpRequest request) {
		for (Map.Entry<String, Notice> entry : this.byFlag.entrySet()) {
			if (request.getQueryParams().containsKey(entry.getKey())) {
				Notice notice = entry.getValue();
				String item = request.getQueryParams().getFirst(entry.getKey());
				return (item != null && ITEM.matcher(item).matches())
						? new Notice(notice.key(), notice.place(), item, notice.warning()) : notice;
			}
		}
		return null;
	}

	/**
	 * The notice of the first flag present, or {@code null}; a notice about an item not
	 * among the page's items (withdrawn meanwhile) shows at another place instead.
	 * @param items the items the page shows notices at
	 * @param elsewhere where a notice about another item shows
	 */
	public @Nullable Notice find(ServerHttpRequest request, Collection<String> items, String elsewhere) {
		Notice notice = find(request);
		return (notice == null || notice.about() == null || items.contains(notice.about())) ? notice
				: notice.movedTo(elsewhere);
	}

	/**
	 * The address to redirect to after an action: the page with the flag, scrolled to the
	 * message ({@code /praxis/a?gespeichert#meldung}).
	 */
	public static String redirect(String path, String flag) {
		return path + (path.contains("?") ? "&" : "?") + flag + "#" + Notice.ANCHOR;
	}

	/**
	 * The address to redirect to after an action on an item of a list: the message shows
	 * at that item ({@code /veranstaltungen/b/sessions?abgestimmt=krisen-posts#meldung}).
	 */
	public static String redirect(String path, String flag, String item) {
		return redirect(path, flag + "=" + item);
	}

}
