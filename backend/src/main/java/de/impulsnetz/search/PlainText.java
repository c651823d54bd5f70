package de.impulsnetz.search;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * What people read of a Markdown text, as plain text: headings, emphasis, lists and
 * quotes lose their marks, links and images keep their text, raw HTML stays text as the
 * pages show it. Every text the index keeps passes here, so no snippet shows
 * {@code ## Ausgangslage} or {@code **fett**}. Places in the Markdown (anchors) are
 * carried over to the plain text.
 */
final class PlainText {

	private static final Parser PARSER = Parser.builder().build();

	private final String text;

	/** Where each piece of plain text starts in the plain text and in the Markdown. */
	private final List<int[]> pieces;

	private PlainText(String text, List<int[]> pieces) {
		this.text = text;
		this.pieces = pieces;
	}

	static PlainText of(String markdown) {
		Document document = PARSER.parse(markdown);
		StringBuilder text = new StringBuilder();
		List<int[]> pieces = new ArrayList<>();
		for (Node node : document.getDescendants()) {
			if (node instanceof Block && !(node instanceof Document) && !text.isEmpty()
					&& text.charAt(text.length() - 1) != '\n') {
				text.append('\n');
			}
			String piece = null;
			if (node instanceof Text) {
				piece = node.getChars().unescape();
			}
			else if ((node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) && !node.hasChildren()) {
				piece = ((Block) node).getContentChars().toString();
			}
			else if (node instanceof HtmlInline || node instanceof HtmlBlock) {
				// The pages show raw HTML as text (the renderer escapes it), so the index
				// does too.
				piece = node.getChars().toString().strip();
			}
			else if (node instanceof SoftLineBreak) {
				piece = " ";
			}
			else if (node instanceof HardLineBreak) {
				piece = "\n";
			}
			if (piece != null && !piece.isEmpty()) {
				pieces.add(new int[] { text.length(), node.getStartOffset() });
				text.append(piece);
			}
		}
		return new PlainText(text.toString().stripTrailing(), pieces);
	}

	String text() {
		return this.text;
	}

	/**
	 * Where a place of the Markdown lies in the plain text: the start of the first piece
	 * at or after it.
	 */
	int offset(int markdownOffset) {
		for (int[] piece : this.pieces) {
			if (piece[1] >= markdownOffset) {
				return Math.min(piece[0], this.text.length());
			}
		}
		return this.text.length();
	}

}
