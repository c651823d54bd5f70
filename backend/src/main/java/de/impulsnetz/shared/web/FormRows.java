package de.impulsnetz.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Repeating rows in forms (results, links, rooms, time slots): the filled rows, then a
 * few empty ones, so that more can be added without JavaScript.
 */
public final class FormRows {

	private FormRows() {
	}

	/**
	 * A row of a form that may be left empty.
	 */
	public interface Row {

		boolean isEmpty();

	}

	public static <T extends Row> List<T> withSpare(@Nullable List<T> rows, T empty, int spare) {
		List<T> filled = new ArrayList<>();
		if (rows != null) {
			rows.stream().filter((row) -> row != null && !row.isEmpty()).forEach(filled::add);
		}
		for (int i = 0; i < spare; i++) {
			filled.add(empty);
		}
		return filled;
	}

}
