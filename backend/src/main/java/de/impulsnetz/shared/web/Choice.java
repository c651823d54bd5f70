package de.impulsnetz.shared.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One checkbox of a form, ready for the {@code checkboxes} fragment: its element id,
 * submitted value, visible label (as text, or as a message key for translated labels) and
 * whether it is ticked.
 */
public record Choice(String id, String value, @Nullable String label, @Nullable String labelKey, boolean checked) {

	/**
	 * Choices labelled with text, e.g. municipality names.
	 * @param field the form field's name, also the prefix of the element ids
	 */
	public static <T> List<Choice> labelled(String field, Collection<T> offered, Function<T, String> label,
			Collection<?> current) {
		return of(field, offered, label, null, current);
	}

	/**
	 * Choices labelled by message keys, e.g. {@code enum.Platform.INSTAGRAM}.
	 */
	public static <T> List<Choice> translated(String field, Collection<T> offered, Function<T, String> labelKey,
			Collection<?> current) {
		return of(field, offered, null, labelKey, current);
	}

	private static <T> List<Choice> of(String field, Collection<T> offered, @Nullable Function<T, String> label,
			@Nullable Function<T, String> labelKey, Collection<?> current) {
		List<String> chosen = current.stream().map(String::valueOf).toList();
		List<Choice> choices = new ArrayList<>();
		int index = 0;
		for (T value : offered) {
			String text = String.valueOf(value);
			choices.add(new Choice(field + "-" + index++, text, (label != null) ? label.apply(value) : null,
					(labelKey != null) ? labelKey.apply(value) : null, chosen.contains(text)));
		}
		return choices;
	}

}
