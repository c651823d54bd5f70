package de.impulsnetz.practice.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.practice.comments.Comment;
import de.impulsnetz.shared.Berlin;
import de.impulsnetz.shared.text.Markdown;
import org.jspecify.annotations.Nullable;

/**
 * A question with its answers as the case page shows it, text rendered and sanitised.
 */
record CommentView(String id, String author, @Nullable String municipality, boolean byAuthors, String html,
		LocalDateTime at, boolean hidden, int reports, List<CommentView> answers) {

	static List<CommentView> threads(List<Comment> comments, Map<String, Municipality> municipalities,
			Markdown markdown) {
		List<CommentView> questions = new ArrayList<>();
		for (Comment comment : comments) {
			if (comment.answerTo() == null) {
				List<CommentView> answers = comments.stream()
					.filter((answer) -> comment.id().equals(answer.answerTo()))
					.map((answer) -> of(answer, List.of(), municipalities, markdown))
					.toList();
				questions.add(of(comment, answers, municipalities, markdown));
			}
		}
		return questions;
	}

	private static CommentView of(Comment comment, List<CommentView> answers, Map<String, Municipality> municipalities,
			Markdown markdown) {
		Municipality municipality = (comment.municipality() != null) ? municipalities.get(comment.municipality())
				: null;
		return new CommentView(comment.id(), comment.memberName(), (municipality != null) ? municipality.name() : null,
				comment.byAuthors(), markdown.toHtml(comment.text()), Berlin.local(comment.at()), comment.isHidden(),
				comment.reportedBy().size(), answers);
	}

}
