package de.impulsnetz.municipality.channel.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart laid out on the server, for an inline SVG without script: one
 * bar per label, the longest as wide as the drawing allows, every number written beside
 * its bar.
 */
record BarChart(int width, int height, int labelWidth, List<Bar> bars) {

	static final int LABEL_WIDTH = 120;

	static final int BAR_AREA = 190;

	static final int ROW_HEIGHT = 28;

	static final int BAR_HEIGHT = 18;

	static final int VALUE_SPACE = 40;

	/**
	 * @param values the bars' labels and numbers, in order
	 * @param scale the number a full-width bar stands for (at least the largest)
	 */
	static BarChart of(List<Value> values, int scale) {
		int full = Math.max(1, Math.max(scale, values.stream().mapToInt(Value::value).max().orElse(0)));
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			Value value = values.get(i);
			int top = i * ROW_HEIGHT;
			int length = (int) Math.round((double) value.value() * BAR_AREA / full);
			bars.add(new Bar(value.label(), value.value(), top + (ROW_HEIGHT - BAR_HEIGHT) / 2, BAR_HEIGHT, length,
					top + ROW_HEIGHT / 2 + 5, LABEL_WIDTH + length + 6));
		}
		return new BarChart(LABEL_WIDTH + BAR_AREA + VALUE_SPACE, Math.max(ROW_HEIGHT, values.size() * ROW_HEIGHT),
				LABEL_WIDTH, bars);
	}

	/**
	 * A label and its number.
	 */
	record Value(String label, int value) {

	}

	/**
	 * One bar and where its texts go.
	 *
	 * @param textY the baseline of the label and the number
	 * @param valueX where the number starts, right of the bar
	 */
	record Bar(String label, int value, int y, int height, int length, int textY, int valueX) {

	}

}
