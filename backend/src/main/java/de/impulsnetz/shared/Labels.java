package de.impulsnetz.shared;

import java.util.Collection;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The German (or English) names of enum constants shown to people, so that no page, mail
 * or export shows a raw constant such as {@code FLIPCHART} or {@code BESTAETIGT}. Each
 * constant is named in the bundles by {@code enum.<Type>.<NAME>} (e.g.
 * {@code enum.Equipment.FLIPCHART=Flipchart}). Templates write
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
		return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
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
		List<? extends Enum<?>> items = List.copyOf(values);
		if (items.isEmpty()) {
			return new DefaultMessageSourceResolvable(new String[] { "list.none" });
		}
		MessageSourceResolvable tail = of(items.get(items.size() - 1));
		for (int i = items.size() - 2; i >= 0; i--) {
			String code = (i == items.size() - 2) ? "list.last" : "list.next";
			tail = new DefaultMessageSourceResolvable(new String[] { code }, new Object[] { of(items.get(i)), tail });
		}
		return tail;
	}

}
