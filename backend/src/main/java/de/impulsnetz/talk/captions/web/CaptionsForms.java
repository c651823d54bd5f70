package de.impulsnetz.talk.captions.web;

import java.util.List;

import de.impulsnetz.shared.web.FormRows;
import de.impulsnetz.talk.captions.Chapter;
import de.impulsnetz.talk.captions.Chapters;
import org.jspecify.annotations.Nullable;

import org.springframework.http.codec.multipart.FilePart;

/**
 * The forms of the captions page. Their fields have distinct names, as they share one
 * page and every field's id is its name.
 */
final class CaptionsForms {

	/**
	 * Empty chapter rows below the filled ones, for adding chapters without JavaScript.
	 */
	static final int SPARE_ROWS = 3;

	private CaptionsForms() {
	}

	/**
	 * Captions to upload: the language and a WebVTT or SRT file.
	 */
	record CaptionsForm(@Nullable String language, @Nullable FilePart captionFile) {

		static CaptionsForm blank() {
			return new CaptionsForm("de", null);
		}

	}

	/**
	 * Chapters pasted as text, one a line.
	 */
	record ChapterTextForm(@Nullable String chapterText) {

		static ChapterTextForm of(List<Chapter> chapters) {
			StringBuilder text = new StringBuilder();
			chapters
				.forEach((chapter) -> text.append(chapter.clock()).append(' ').append(chapter.title()).append('\n'));
			return new ChapterTextForm(text.toString());
		}

	}

	/**
	 * Chapters as rows of start and title.
	 */
	record ChapterRowsForm(@Nullable List<ChapterRow> rows) {

		static ChapterRowsForm of(List<Chapter> chapters) {
			return new ChapterRowsForm(
					chapters.stream().map((chapter) -> new ChapterRow(chapter.clock(), chapter.title())).toList())
				.withSpare();
		}

		ChapterRowsForm withSpare() {
			return new ChapterRowsForm(FormRows.withSpare(this.rows, new ChapterRow("", ""), SPARE_ROWS));
		}

		List<Chapters.Row> toRows() {
			return (this.rows != null) ? this.rows.stream()
				.map((row) -> (row != null) ? new Chapters.Row(row.start(), row.title()) : null)
				.toList() : List.of();
		}

	}

	record ChapterRow(@Nullable String start, @Nullable String title) implements FormRows.Row {

		@Override
		public boolean isEmpty() {
			return (this.start == null || this.start.isBlank()) && (this.title == null || this.title.isBlank());
		}

	}

	/**
	 * Slides to upload: one PDF.
	 */
	record SlidesForm(@Nullable FilePart slidesFile) {

	}

}
