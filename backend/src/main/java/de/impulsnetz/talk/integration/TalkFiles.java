package de.impulsnetz.talk.integration;

import de.impulsnetz.talk.EventCheck;
import de.impulsnetz.talk.Speaker;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkLibrary;
import de.impulsnetz.talk.TalkSeries;
import de.impulsnetz.talk.TalkState;
import de.impulsnetz.talk.Visibility;
import de.impulsnetz.talk.mediaimport.TalkMediaFiles;
import de.impulsnetz.talk.mediaimport.TalkMediaImport;
import de.impulsnetz.talk.publication.Consent;
import de.impulsnetz.talk.publication.Licence;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.impulsnetz.content.ContentEntry;
import de.impulsnetz.content.ContentKind;
import de.impulsnetz.content.ContentProblem;
import de.impulsnetz.content.FrontMatter;
import de.impulsnetz.content.ImportOutcome;
import de.impulsnetz.municipality.MunicipalityFiles;
import de.impulsnetz.shared.Berlin;
import de.impulsnetz.shared.text.Slugs;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The files in {@code content/impulse}: one folder per series, with the series in
 * {@code _reihe.md} and one file per talk.
 */
@Component
class TalkFiles implements ContentKind {

	private static final String SERIES_FILE = "_reihe";

	private final TalkLibrary talks;

	private final List<TalkMediaImport> media;

	private final ObjectProvider<EventCheck> eventCheck;

	TalkFiles(TalkLibrary talks, List<TalkMediaImport> media, ObjectProvider<EventCheck> eventCheck) {
		this.talks = talks;
		this.media = List.copyOf(media);
		this.eventCheck = eventCheck;
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
		// After the municipalities that organise the series and the events talks register
		// through.
		return 40;
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
			file.requireReferences("coOrganisers", MunicipalityFiles.FOLDER, matter.coOrganisers());
			return this.talks.importFromContent(new TalkSeries(null, series, matter.title(), matter.organiser(),
					matter.coOrganisers(), file.body(), file.stamp(), null, null));
		}
		TalkMatter matter = file.frontMatter(TalkMatter.class);
		List<Speaker> speakers = matter.speakers().stream().map((speaker) -> speaker.toSpeaker(file)).toList();
		if (matter.event() != null && !Slugs.isValid(matter.event())) {
			throw file.problem("'event' must be the slug of an event, e.g. impulstermin-2027");
		}
		Mono<TalkSeries> existingSeries = this.talks.series(series)
			.switchIfEmpty(Mono.error(() -> file
				.problem("series '" + series + "' has no " + SERIES_FILE + ".md or it could not be imported")));
		TalkMediaFiles files = matter.mediaFiles(file);
		return existingSeries.then(impulsTermin(file, matter.event()))
			.then(this.talks.importFromContent(new Talk(null, series, file.slug(), matter.title(),
					Berlin.instant(matter.date()), matter.durationMinutes(), speakers, matter.abstractText(),
					matter.event(), matter.state(), matter.visibility(), file.body(), file.stamp(), null, null)))
			.flatMap((outcome) -> importMedia(file, series, files).thenReturn(outcome));
	}

	/**
	 * The event a talk names must be an Impuls-Termin, as in the editor; without the
	 * events module (a slice) any well-formed slug passes.
	 */
	private Mono<Void> impulsTermin(ContentEntry file, @Nullable String event) {
		EventCheck check = this.eventCheck.getIfAvailable();
		if (event == null || check == null) {
			return Mono.empty();
		}
		return check.isImpulsTermin(event)
			.filter(Boolean::booleanValue)
			.switchIfEmpty(Mono.error(() -> file.problem("'event' " + event
					+ " is not an Impuls-Termin in veranstaltungen/ (an event with kind: IMPULS_TERMIN)")))
			.then();
	}

	/**
	 * The media the file names, stored by their owners; unchanged files are left alone.
	 */
	private Mono<Void> importMedia(ContentEntry file, String series, TalkMediaFiles files) {
		if (files.isEmpty()) {
			return Mono.empty();
		}
		return this.talks.talk(series, file.slug())
			.flatMapMany((talk) -> Flux.fromIterable(this.media).concatMap((owner) -> owner.importMedia(talk, files)))
			.then()
			.onErrorMap((failure) -> !(failure instanceof ContentProblem),
					(failure) -> file.problem("its media could not be imported: " + failure));
	}

	/**
	 * The front matter of {@code _reihe.md}, as documented in {@code content/README.md}.
	 */
	record SeriesMatter(@JsonProperty(required = true) String title, @JsonProperty(required = true) String organiser,
			@Nullable List<String> coOrganisers) {

		SeriesMatter {
			FrontMatter.required(title, "title");
			coOrganisers = (coOrganisers != null) ? coOrganisers : List.of();
		}

	}

	/**
	 * The front matter of a talk, as documented in {@code content/README.md}.
	 */
	record TalkMatter(@JsonProperty(required = true) String title, @JsonProperty(required = true) LocalDateTime date,
			@JsonProperty(required = true) int durationMinutes,
			@JsonProperty(required = true) List<SpeakerMatter> speakers,
			@JsonProperty("abstract") @Nullable String abstractText, @Nullable String event, @Nullable TalkState state,
			@Nullable Visibility visibility, @Nullable String recording, @Nullable Map<String, String> captions,
			@Nullable String chapters, @Nullable String slides) {

		TalkMatter {
			FrontMatter.required(title, "title");
			FrontMatter.nonEmpty(speakers, "speakers");
			if (durationMinutes <= 0) {
				throw new IllegalArgumentException("'durationMinutes' must be positive");
			}
			captions = (captions != null) ? captions : Map.of();
		}

		/**
		 * The files next to the talk's file that it names.
		 * @throws ContentProblem when one of them is missing
		 */
		TalkMediaFiles mediaFiles(ContentEntry file) {
			Resource recordingFile = attachment(file, "recording", recording());
			Map<String, Resource> captionFiles = new TreeMap<>();
			captions().forEach((language, name) -> captionFiles.put(language, file.attachment("captions", name)));
			return new TalkMediaFiles(recordingFile, captionFiles, attachment(file, "chapters", chapters()),
					attachment(file, "slides", slides()));
		}

		private static @Nullable Resource attachment(ContentEntry file, String key, @Nullable String name) {
			return (name != null) ? file.attachment(key, name) : null;
		}

	}

	/**
	 * A speaker; without {@code consent} they have agreed to nothing yet.
	 */
	record SpeakerMatter(@JsonProperty(required = true) String name, @Nullable String affiliation, @Nullable String bio,
			@Nullable ConsentMatter consent) {

		Speaker toSpeaker(ContentEntry file) {
			Consent given = Consent.NONE;
			if (this.consent != null) {
				Licence licence = (this.consent.licence() != null) ? Licence.fromCode(this.consent.licence())
						: Licence.ALL_RIGHTS_RESERVED;
				if (licence == null) {
					throw file.problem("speaker '" + this.name + "': unknown licence '" + this.consent.licence()
							+ "' (ALLE-RECHTE-VORBEHALTEN | CC-BY-4.0 | CC-BY-SA-4.0)");
				}
				given = new Consent(this.consent.recording(), this.consent.publication(), licence);
			}
			return new Speaker(this.name, this.affiliation, this.bio, given);
		}

	}

	record ConsentMatter(boolean recording, boolean publication, @Nullable String licence) {

	}

}
