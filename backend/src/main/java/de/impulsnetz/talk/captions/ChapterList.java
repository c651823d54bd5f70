package de.impulsnetz.talk.captions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The chapters of one talk, stored under the talk's id.
 */
@Document("talkChapters")
record ChapterList(@Id String talk, List<Entry> chapters, Instant updatedAt) {

	ChapterList {
		chapters = List.copyOf(chapters);
	}

	static ChapterList of(String talk, List<Chapter> chapters, Instant now) {
		return new ChapterList(talk,
				chapters.stream().map((chapter) -> new Entry(chapter.start().toMillis(), chapter.title())).toList(),
				now);
	}

	List<Chapter> toChapters() {
		return this.chapters.stream()
			.map((entry) -> new Chapter(Duration.ofMillis(entry.startMillis()), entry.title()))
			.toList();
	}

	record Entry(long startMillis, String title) {

	}

}
