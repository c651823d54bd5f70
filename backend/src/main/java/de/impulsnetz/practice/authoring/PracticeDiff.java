package de.impulsnetz.practice.authoring;

import de.impulsnetz.practice.PracticeContent;
import de.impulsnetz.practice.PracticeFiles;
import de.impulsnetz.shared.text.WordDiff;
import java.util.List;

/**
 * A readable comparison of two versions of a practice: its file form (front matter and
 * text) compared word by word.
 */
public final class PracticeDiff {

	private PracticeDiff() {
	}

	/**
	 * Lines to show, in order, as {@link WordDiff#between(List, List)} gives them.
	 */
	public static List<WordDiff.Line> between(PracticeContent older, PracticeContent newer) {
		return WordDiff.between(PracticeFiles.lines(older), PracticeFiles.lines(newer));
	}

}
