package de.impulsnetz.search;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Snippets as {@link DefaultPassageFormatter} writes them, together with the offset of
 * the first match in the text, so that a hit can link to the anchor before it.
 */
final class AnchoringFormatter extends PassageFormatter {

	private final DefaultPassageFormatter html = new DefaultPassageFormatter("<mark>", "</mark>", " … ", true);

	@Override
	public Snippet format(Passage[] passages, String content) {
		int first = -1;
		for (Passage passage : passages) {
			for (int i = 0; i < passage.getNumMatches(); i++) {
				int start = passage.getMatchStarts()[i];
				if (first < 0 || start < first) {
					first = start;
				}
			}
		}
		return new Snippet(this.html.format(passages, content), first);
	}

	/**
	 * @param firstMatch offset of the first match in the text, or {@code -1} when the
	 * passages show the text's beginning for want of a match
	 */
	record Snippet(String html, int firstMatch) {

	}

}
