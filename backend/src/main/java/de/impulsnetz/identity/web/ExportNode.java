package de.impulsnetz.identity.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the data export as the printable page shows it: a named value, or a named
 * group of further entries (the JSON's objects and lists).
 *
 * @param key the JSON property, or {@code null} for a list item
 * @param text the value, or {@code null} for a group or a yes/no value
 * @param flag a yes/no value (the page words it), or {@code null}
 * @param children the entries of a group
 */
record ExportNode(@Nullable String key, @Nullable String text, @Nullable Boolean flag, List<ExportNode> children) {

	static List<ExportNode> of(Map<?, ?> data) {
		return data.entrySet().stream().map((entry) -> of(String.valueOf(entry.getKey()), entry.getValue())).toList();
	}

	private static ExportNode of(@Nullable String key, @Nullable Object value) {
		if (value instanceof Map<?, ?> map) {
			return new ExportNode(key, null, null, of(map));
		}
		if (value instanceof Collection<?> items) {
			return new ExportNode(key, null, null, items.stream().map((item) -> of(null, item)).toList());
		}
		if (value instanceof Boolean yes) {
			return new ExportNode(key, null, yes, List.of());
		}
		return new ExportNode(key, (value != null) ? value.toString() : "–", null, List.of());
	}

	public boolean isGroup() {
		return this.text == null && this.flag == null;
	}

}
