package de.impulsnetz.workinggroup.web;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import de.impulsnetz.workinggroup.campaign.CampaignPlan;

/**
 * What the campaign page shows beyond the documents: the bar chart of the reach per
 * municipality, drawn on the server as SVG with its text alternative.
 */
final class CampaignViews {

	static final int LABEL_WIDTH = 220;

	static final int BAR_SPACE = 320;

	static final int ROW = 32;

	private CampaignViews() {
	}

	/**
	 * One bar: its label, value and geometry in the SVG's coordinates.
	 */
	record Bar(String label, long value, String shown, int y, int width) {

	}

	/**
	 * @param description the chart's content as text, for screen readers
	 */
	record Chart(List<Bar> bars, int height, int valueX, String description) {

		static Chart reach(CampaignPlan plan, Locale locale) {
			NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
			long max = plan.participation().stream().mapToLong((entry) -> entry.figures().reach()).max().orElse(0);
			List<CampaignPlan.Participation> entries = plan.participation();
			List<Bar> bars = new java.util.ArrayList<>();
			for (int i = 0; i < entries.size(); i++) {
				long value = entries.get(i).figures().reach();
				int width = (max == 0) ? 0 : (int) Math.max((value > 0) ? 2 : 0, value * BAR_SPACE / max);
				bars.add(new Bar(entries.get(i).municipality().name(), value, numbers.format(value), 8 + i * ROW,
						width));
			}
			String description = bars.stream()
				.map((bar) -> bar.label() + ": " + bar.shown())
				.collect(Collectors.joining("; "));
			return new Chart(bars, 16 + bars.size() * ROW, LABEL_WIDTH, description);
		}

	}

}
