package de.impulsnetz.shared.text;

import java.util.Collection;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The German (or English) names of enum constants shown to people, so that no page, mail
 * or export shows a raw constant such as {@code FLIPCHART} or {@code BESTAETIGT}. Each
 * constant is named in the bundles by {@code enum.<Type>.<NAME>} (e.g.
 * {@code enum.Equipment.FLIPCHART=Flipchart}; a nested enum by its outer type too:
 * {@code enum.RecordingJob.Status.FERTIG}). Templates write
 * {@code #{|enum.Equipment.${value}|}}; Java code passes {@link #of} as a message
 * argument or to {@code MessageSource.getMessage}, which resolves it in the reader's
 * language.
 */
public final class Labels {

	private Labels() {
	}

	/**
	 * The bundle key naming the constant.
	 */
	public static String key(Enum<?> value) {
		return key(value.getDeclaringClass(), value.name());
	}

	/**
	 * The bundle key naming a constant of the type known by its name only (a stored
	 * value, a facet).
	 */
	public static String key(Class<?> type, String name) {
		return prefix(type) + name;
	}

	/**
	 * What the keys of an enum type's constants begin with: {@code enum.Equipment.},
	 * {@code enum.RecordingJob.Status.}.
	 */
	public static String prefix(Class<?> type) {
		String name = type.getName();
		return "enum." + name.substring(name.lastIndexOf('.') + 1).replace('$', '.') + ".";
	}

	/**
	 * The constant's name, as a message argument.
	 */
	public static MessageSourceResolvable of(Enum<?> value) {
		return new DefaultMessageSourceResolvable(key(value));
	}

	/**
	 * Several constants as one argument, read as a list ("Beamer, Flipchart und
	 * Pinnwand"), in the order given.
	 */
	public static MessageSourceResolvable list(Collection<? extends Enum<?>> values) {
		return list(values, "");
	}

	/**
	 * Several constants each with its indefinite article, as one argument ("ein Beamer,
	 * ein Flipchart und eine Pinnwand"): the bundles name each with its article by
	 * {@code enum.<Type>.<NAME>.indefinite}, since the article follows the word's gender.
	 */
	public static MessageSourceResolvable listWithArticles(Collection<? extends Enum<?>> values) {
		return list(values, INDEFINITE);
	}

	/** The suffix of the key naming a constant with its indefinite article. */
	public static final String INDEFINITE = ".indefinite";

	private static MessageSourceResolvable list(Collection<? extends Enum<?>> values, String form) {
		List<? extends Enum<?>> items = List.copyOf(values);
		if (items.isEmpty()) {
			return new DefaultMessageSourceResolvable(new String[] { "list.none" });
		}
		MessageSourceResolvable tail = named(items.get(items.size() - 1), form);
		for (int i = items.size() - 2; i >= 0; i--) {
			String code = (i == items.size() - 2) ? "list.last" : "list.next";
			tail = new DefaultMessageSourceResolvable(new String[] { code },
					new Object[] { named(items.get(i), form), tail });
		}
		return tail;
	}

	private static MessageSourceResolvable named(Enum<?> value, String form) {
		return new DefaultMessageSourceResolvable(key(value) + form);
	}

}
