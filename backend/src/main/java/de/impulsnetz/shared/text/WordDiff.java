package de.impulsnetz.shared.text;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

/**
 * A readable comparison of two texts given as lines: the lines that changed, words marked
 * inside them, and a little unchanged context around each change. Used for every text
 * kept in versions (Praxisbeispiele, talk summaries).
 */
public final class WordDiff {

	private static final int CONTEXT = 2;

	private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
		.showInlineDiffs(true)
		.inlineDiffByWord(true)
		.mergeOriginalRevised(true)
		.lineNormalizer(DiffRowGenerator.LINE_NORMALIZER_FOR_HTML)
		.oldTag((start) -> start ? "<del>" : "</del>")
		.newTag((start) -> start ? "<ins>" : "</ins>")
		.build();

	private WordDiff() {
	}

	/**
	 * Lines to show, in order; {@link Line.Kind#GAP} stands for unchanged lines left out.
	 * The HTML of each line is escaped text with {@code <ins>} and {@code <del>} marks.
	 */
	public static List<Line> between(List<String> older, List<String> newer) {
		List<DiffRow> rows = GENERATOR.generateDiffRows(older, newer);
		boolean[] keep = new boolean[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).getTag() != DiffRow.Tag.EQUAL) {
				for (int j = Math.max(0, i - CONTEXT); j <= Math.min(rows.size() - 1, i + CONTEXT); j++) {
					keep[j] = true;
				}
			}
		}
		List<Line> lines = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			if (keep[i]) {
				DiffRow row = rows.get(i);
				lines.add(new Line(kind(row.getTag()), row.getOldLine()));
			}
			else if (i == 0 || keep[i - 1]) {
				lines.add(new Line(Line.Kind.GAP, ""));
			}
		}
		return lines;
	}

	/**
	 * {@link #between(List, List)} for texts, split at line breaks.
	 */
	public static List<Line> between(String older, String newer) {
		return between(older.lines().toList(), newer.lines().toList());
	}

	private static Line.Kind kind(DiffRow.Tag tag) {
		return switch (tag) {
			case INSERT -> Line.Kind.ADDED;
			case DELETE -> Line.Kind.REMOVED;
			case CHANGE -> Line.Kind.CHANGED;
			case EQUAL -> Line.Kind.SAME;
		};
	}

	public record Line(Kind kind, String html) {

		public enum Kind {

			SAME, ADDED, REMOVED, CHANGED, GAP

		}

	}

}
