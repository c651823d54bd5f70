package de.impulsnetz.talk;

import java.time.LocalDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.impulsnetz.content.ContentEntry;
import de.impulsnetz.content.ContentKind;
import de.impulsnetz.content.FrontMatter;
import de.impulsnetz.content.ImportOutcome;
import de.impulsnetz.municipality.MunicipalityFiles;
import de.impulsnetz.shared.Berlin;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The files in {@code content/impulse}: one folder per series, with the series in
 * {@code _reihe.md} and one file per talk.
 */
@Component
class TalkFiles implements ContentKind {

	private static final String SERIES_FILE = "_reihe";

	private final TalkLibrary talks;

	TalkFiles(TalkLibrary talks) {
		this.talks = talks;
	}

	@Override
	public String folder() {
		return "impulse";
	}

	@Override
	public String folderFile() {
		return SERIES_FILE;
	}

	@Override
	public int getOrder() {
		// After the municipalities that organise the series.
		return 20;
	}

	@Override
	public Mono<ImportOutcome> importFile(ContentEntry file) {
		String series = file.folder();
		if (series.isEmpty()) {
			throw file.problem("talks belong in a series folder: impulse/<reihe>/<talk>.md");
		}
		if (file.isFolderFile()) {
			SeriesMatter matter = file.frontMatter(SeriesMatter.class);
			file.requireReferences("organiser", MunicipalityFiles.FOLDER, List.of(matter.organiser()));
			return this.talks.importFromContent(new TalkSeries(null, series, matter.title(), matter.organiser(),
					file.body(), file.stamp(), null, null));
		}
		TalkMatter matter = file.frontMatter(TalkMatter.class);
		List<Speaker> speakers = matter.speakers()
			.stream()
			.map((speaker) -> new Speaker(speaker.name(), speaker.affiliation()))
			.toList();
		Mono<TalkSeries> existingSeries = this.talks.series(series)
			.switchIfEmpty(Mono.error(() -> file
				.problem("series '" + series + "' has no " + SERIES_FILE + ".md or it could not be imported")));
		return existingSeries.then(this.talks
			.importFromContent(new Talk(null, series, file.slug(), matter.title(), Berlin.instant(matter.date()),
					matter.durationMinutes(), speakers, file.body(), file.stamp(), null, null)));
	}

	/**
	 * The front matter of {@code _reihe.md}, as documented in {@code content/README.md}.
	 */
	record SeriesMatter(@JsonProperty(required = true) String title, @JsonProperty(required = true) String organiser) {

		SeriesMatter {
			FrontMatter.required(title, "title");
		}

	}

	/**
	 * The front matter of a talk, as documented in {@code content/README.md}.
	 */
	record TalkMatter(@JsonProperty(required = true) String title, @JsonProperty(required = true) LocalDateTime date,
			@JsonProperty(required = true) int durationMinutes,
			@JsonProperty(required = true) List<SpeakerMatter> speakers) {

		TalkMatter {
			FrontMatter.required(title, "title");
			FrontMatter.nonEmpty(speakers, "speakers");
			if (durationMinutes <= 0) {
				throw new IllegalArgumentException("'durationMinutes' must be positive");
			}
		}

	}

	record SpeakerMatter(@JsonProperty(required = true) String name, @Nullable String affiliation) {

	}

}
