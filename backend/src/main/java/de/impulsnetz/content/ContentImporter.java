package de.impulsnetz.content;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.barcamp.ProposalStatus;
import de.impulsnetz.barcamp.Room;
import de.impulsnetz.barcamp.Slot;
import de.impulsnetz.barcamp.SlotKind;
import de.impulsnetz.barcamp.Voting;
import de.impulsnetz.barcamp.Window;
import de.impulsnetz.barcamp.SessionProposal;
import de.impulsnetz.barcamp.Venue;
import de.impulsnetz.content.ContentImportReport.Problem;
import de.impulsnetz.municipality.Channel;
import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.practice.Contact;
import de.impulsnetz.practice.Practice;
import de.impulsnetz.practice.PracticeCatalog;
import de.impulsnetz.practice.PracticeContent;
import de.impulsnetz.practice.Effort;
import de.impulsnetz.practice.KeyFigure;
import de.impulsnetz.practice.Link;
import de.impulsnetz.shared.Berlin;
import de.impulsnetz.shared.ImportOutcome;
import de.impulsnetz.shared.ImportStamp;
import de.impulsnetz.shared.Slugs;
import de.impulsnetz.talk.Speaker;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkLibrary;
import de.impulsnetz.talk.TalkSeries;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Imports {@code content/} at start-up: municipalities first (everything else refers to
 * them), then Praxisbeispiele, talk series with their talks, and events with their
 * session proposals. Each file is imported on its own: a malformed file is reported with
 * file, line and reason, and the others still import.
 */
@Component
@Order(0)
public class ContentImporter implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(ContentImporter.class);

	private static final String SERIES_FILE = "_reihe";

	private final YAMLMapper yaml = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private final MunicipalityDirectory municipalities;

	private final PracticeCatalog practices;

	private final TalkLibrary talks;

	private final EventCalendar events;

	private final Clock clock;

	private final String contentDir;

	ContentImporter(MunicipalityDirectory municipalities, PracticeCatalog practices, TalkLibrary talks,
			EventCalendar events, Clock clock, @Value("${impulsnetz.content-dir:}") String contentDir) {
		this.municipalities = municipalities;
		this.practices = practices;
		this.talks = talks;
		this.events = events;
		this.clock = clock;
		this.contentDir = contentDir;
	}

	@Override
	public void run(ApplicationArguments args) {
		ContentSource source = StringUtils.hasText(this.contentDir) ? ContentSource.directory(Path.of(this.contentDir))
				: ContentSource.classpath();
		ContentImportReport report = importFrom(source).block(Duration.ofMinutes(5));
		logger.info("Imported content from " + source.description() + ": " + summary(report));
	}

	/**
	 * Imports every file of the source; never fails because of one file.
	 */
	public Mono<ContentImportReport> importFrom(ContentSource source) {
		return Mono.defer(() -> {
			Run run = new Run(source.files());
			return run.importKind("kommunen/", this::municipality)
				.then(this.municipalities.all().map(Municipality::slug).collectList())
				.doOnNext(run.knownMunicipalities::addAll)
				.then(run.importKind("praxis/", this::practice))
				.then(run.importKind("impulse/", this::seriesOrTalk))
				.then(run.importKind("veranstaltungen/", this::event))
				.then(Mono.fromSupplier(run::report));
		});
	}

	private Mono<ImportOutcome> municipality(Run run, ContentFile file, ContentFile.Parts parts) {
		FrontMatter.Municipality matter = read(file, parts, FrontMatter.Municipality.class);
		if (matter.partOf() != null && !run.municipalityFiles().contains(matter.partOf())) {
			throw unknownReference(file, parts, "partOf", matter.partOf());
		}
		List<Channel> channels = matter.channels()
			.stream()
			.map((channel) -> new Channel(channel.platform(), channel.url(), channel.handle()))
			.toList();
		return this.municipalities.importFromContent(new Municipality(null, file.slug(), matter.name(), matter.kind(),
				matter.region(), matter.state(), matter.website(), matter.emailDomains(), matter.partOf(), channels,
				parts.body(), stamp(file), null, null));
	}

	private Mono<ImportOutcome> practice(Run run, ContentFile file, ContentFile.Parts parts) {
		FrontMatter.Practice matter = read(file, parts, FrontMatter.Practice.class);
		run.requireMunicipalities(file, parts, "municipalities", matter.municipalities());
		Contact contact = (matter.contact() != null) ? new Contact(matter.contact().name(), matter.contact().role())
				: null;
		Effort effort = (matter.effort() != null)
				? new Effort(matter.effort().people(), matter.effort().hoursPerWeek(), matter.effort().budget()) : null;
		List<KeyFigure> results = (matter.results() != null) ? matter.results()
			.stream()
			.map((figure) -> new KeyFigure(figure.value(), figure.label(), figure.asOf()))
			.toList() : List.of();
		List<Link> links = (matter.links() != null)
				? matter.links().stream().map((link) -> new Link(link.title(), link.url())).toList() : List.of();
		PracticeContent content = new PracticeContent(matter.title(), matter.teaser(), matter.municipalities(),
				matter.channels(), matter.topics(), matter.institutionKind(), parts.body(), effort, results, links,
				contact);
		return this.practices.importFromContent(
				Practice.imported(file.slug(), content, Berlin.startOfDay(matter.published()), stamp(file)));
	}

	private Mono<ImportOutcome> seriesOrTalk(Run run, ContentFile file, ContentFile.Parts parts) {
		String series = file.folder();
		if (series.isEmpty()) {
			throw new ContentProblem(file.path(), 1, "talks belong in a series folder: impulse/<reihe>/<talk>.md");
		}
		if (SERIES_FILE.equals(file.slug())) {
			FrontMatter.Series matter = read(file, parts, FrontMatter.Series.class);
			run.requireMunicipalities(file, parts, "organiser", List.of(matter.organiser()));
			return this.talks.importFromContent(new TalkSeries(null, series, matter.title(), matter.organiser(),
					parts.body(), stamp(file), null, null));
		}
		FrontMatter.Talk matter = read(file, parts, FrontMatter.Talk.class);
		List<Speaker> speakers = matter.speakers()
			.stream()
			.map((speaker) -> new Speaker(speaker.name(), speaker.affiliation()))
			.toList();
		Mono<TalkSeries> existingSeries = this.talks.series(series)
			.switchIfEmpty(Mono.error(() -> new ContentProblem(file.path(), 1,
					"series '" + series + "' has no " + SERIES_FILE + ".md or it could not be imported")));
		return existingSeries.then(this.talks
			.importFromContent(new Talk(null, series, file.slug(), matter.title(), Berlin.instant(matter.date()),
					matter.durationMinutes(), speakers, parts.body(), stamp(file), null, null)));
	}

	private Mono<ImportOutcome> event(Run run, ContentFile file, ContentFile.Parts parts) {
		FrontMatter.Event matter = read(file, parts, FrontMatter.Event.class);
		run.requireMunicipalities(file, parts, "organisers", matter.organisers());
		FrontMatter.Venue venue = matter.venue();
		ImportStamp stamp = stamp(file);
		Event event = new Event(null, file.slug(), matter.title(), matter.kind(), Berlin.instant(matter.start()),
				Berlin.instant(matter.end()), new Venue(venue.name(), venue.street(), venue.postalCode(), venue.city()),
				matter.organisers(), matter.capacity(), parts.body(),
				matter.rooms()
					.stream()
					.map((room) -> new Room(room.name(), room.capacity(), room.equipment()))
					.toList(),
				matter.slots()
					.stream()
					.map((slot) -> new Slot(Berlin.instant(slot.start()), Berlin.instant(slot.end()),
							(slot.kind() != null) ? slot.kind() : SlotKind.SESSION, slot.label()))
					.toList(),
				window(matter.registrationOpens(), matter.registrationCloses()),
				window(matter.proposalsOpen(), matter.proposalsClose()), voting(matter.voting()), stamp, null, null);
		return this.events.importFromContent(event)
			.flatMap((outcome) -> Flux.fromIterable(matter.proposals())
				.concatMap((proposal) -> this.events.importFromContent(new SessionProposal(null, file.slug(),
						Slugs.of(proposal.title()), proposal.title(), proposal.description(), proposal.format(),
						proposal.proposer(), null, null, (proposal.length() != null) ? proposal.length() : 1,
						proposal.needs(), !Boolean.FALSE.equals(proposal.recordingAllowed()), ProposalStatus.OPEN, null,
						null, stamp, null, null)))
				.then(Mono.just(outcome)));
	}

	private static @Nullable Window window(@Nullable LocalDateTime opens, @Nullable LocalDateTime closes) {
		if (opens == null && closes == null) {
			return null;
		}
		return new Window((opens != null) ? Berlin.instant(opens) : null,
				(closes != null) ? Berlin.instant(closes) : null);
	}

	private static @Nullable Voting voting(FrontMatter.@Nullable Voting voting) {
		if (voting == null) {
			return null;
		}
		return new Voting(voting.mode(), (voting.budget() != null) ? voting.budget() : 0,
				Boolean.TRUE.equals(voting.hiddenUntilClosed()),
				(voting.closes() != null) ? Berlin.instant(voting.closes()) : null);
	}

	private ImportStamp stamp(ContentFile file) {
		return new ImportStamp(file.path(), file.hash(), this.clock.instant());
	}

	private <T> T read(ContentFile file, ContentFile.Parts parts, Class<T> type) {
		if (!Slugs.isValid(file.slug()) && !SERIES_FILE.equals(file.slug())) {
			throw new ContentProblem(file.path(), 1,
					"file name must be a slug: lower-case letters, digits and hyphens, e.g. kreis-steinfurt.md");
		}
		if (parts.yaml().isBlank()) {
			throw new ContentProblem(file.path(), parts.firstYamlLine(), "front matter is empty");
		}
		try {
			JsonNode tree = this.yaml.readTree(parts.yaml());
			if (!tree.isObject()) {
				throw new ContentProblem(file.path(), parts.firstYamlLine(), "front matter must be 'key: value' lines");
			}
			rejectUnknownKeys(file, parts, tree, type);
			return this.yaml.treeToValue(tree, type);
		}
		catch (JacksonException ex) {
			throw new ContentProblem(file.path(), line(parts, ex), reason(ex));
		}
	}

	/**
	 * Checked before binding: Jackson reports an unknown key of a record only after a
	 * missing required one, and a typo is the likelier mistake.
	 */
	private static void rejectUnknownKeys(ContentFile file, ContentFile.Parts parts, JsonNode tree, Class<?> type) {
		List<String> known = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
		for (Map.Entry<String, JsonNode> property : tree.properties()) {
			if (!known.contains(property.getKey())) {
				throw new ContentProblem(file.path(), keyLine(parts, property.getKey()).orElse(parts.firstYamlLine()),
						"unknown key '" + property.getKey() + "'; known keys: " + String.join(", ", known));
			}
		}
	}

	/**
	 * The line of the offending key where Jackson names one (it reports an unknown key of
	 * a record only at the end of the mapping), else the parser's location.
	 */
	private static int line(ContentFile.Parts parts, JacksonException ex) {
		String key = (ex instanceof UnrecognizedPropertyException unknown) ? unknown.getPropertyName()
				: lastPropertyName(ex);
		OptionalInt keyLine = (key != null) ? keyLine(parts, key) : OptionalInt.empty();
		if (keyLine.isPresent()) {
			return keyLine.getAsInt();
		}
		TokenStreamLocation location = ex.getLocation();
		return parts.firstYamlLine() + ((location != null && location.getLineNr() > 0) ? location.getLineNr() - 1 : 0);
	}

	private static String lastPropertyName(JacksonException ex) {
		String name = null;
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				name = reference.getPropertyName();
			}
		}
		return name;
	}

	private static OptionalInt keyLine(ContentFile.Parts parts, String key) {
		Pattern keyPattern = Pattern.compile("^\\s*(-\\s+)?" + Pattern.quote(key) + "\\s*:.*");
		String[] lines = parts.yaml().split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (keyPattern.matcher(lines[i]).matches()) {
				return OptionalInt.of(parts.firstYamlLine() + i);
			}
		}
		return OptionalInt.empty();
	}

	private static String reason(JacksonException ex) {
		if (ex instanceof ValueInstantiationException && ex.getCause() instanceof IllegalArgumentException invalid) {
			return invalid.getMessage();
		}
		String message = ex.getOriginalMessage();
		// Class names mean nothing to someone editing a Markdown file.
		return message.replaceAll("\\s*\\(class [^)]*\\)", "")
			.replaceAll("`?de\\.impulsnetz\\.(?:\\w+[.$])*(\\w+)`?", "$1");
	}

	private static ContentProblem unknownReference(ContentFile file, ContentFile.Parts parts, String key, String slug) {
		return new ContentProblem(file.path(), keyLine(parts, key).orElse(parts.firstYamlLine()),
				"'" + key + "' names '" + slug + "', but there is no kommunen/" + slug + ".md");
	}

	private static String summary(ContentImportReport report) {
		StringBuilder summary = new StringBuilder();
		for (ImportOutcome outcome : ImportOutcome.values()) {
			summary.append(report.count(outcome)).append(' ').append(outcome).append(", ");
		}
		return summary.append(report.problems().size()).append(" problems").toString();
	}

	@FunctionalInterface
	private interface FileImport {

		Mono<ImportOutcome> apply(Run run, ContentFile file, ContentFile.Parts parts);

	}

	/**
	 * State of one import run.
	 */
	private final class Run {

		private final List<ContentFile> files;

		private final Map<String, ImportOutcome> outcomes = new LinkedHashMap<>();

		private final List<Problem> problems = new ArrayList<>();

		private final Set<String> knownMunicipalities = new HashSet<>();

		Run(List<ContentFile> files) {
			this.files = files;
			files.stream()
				.filter((file) -> !file.path().matches("(kommunen|praxis|impulse|veranstaltungen)/.*"))
				.forEach((file) -> problem(new ContentProblem(file.path(), 1,
						"unknown folder: use kommunen/, praxis/, impulse/ or veranstaltungen/")));
		}

		/**
		 * Slugs of the files in kommunen/: a town may name its Kreis before the Kreis is
		 * imported.
		 */
		Set<String> municipalityFiles() {
			Set<String> slugs = new HashSet<>();
			this.files.stream()
				.filter((file) -> file.path().startsWith("kommunen/"))
				.map(ContentFile::slug)
				.forEach(slugs::add);
			return slugs;
		}

		void requireMunicipalities(ContentFile file, ContentFile.Parts parts, String key, Collection<String> slugs) {
			for (String slug : slugs) {
				if (!this.knownMunicipalities.contains(slug)) {
					throw unknownReference(file, parts, key, slug);
				}
			}
		}

		Mono<Void> importKind(String prefix, FileImport fileImport) {
			// Series files before the talks that need them.
			Function<ContentFile, String> order = (file) -> file.slug().equals(SERIES_FILE) ? file.folder() + "/0"
					: file.folder() + "/1" + file.slug();
			return Flux.fromIterable(this.files)
				.filter((file) -> file.path().startsWith(prefix))
				.sort(java.util.Comparator.comparing(order))
				.concatMap((file) -> Mono.defer(() -> fileImport.apply(this, file, file.split()))
					.doOnNext((outcome) -> record(file, outcome))
					.onErrorResume(ContentProblem.class, (problem) -> {
						problem(problem);
						return Mono.empty();
					}))
				.then();
		}

		private void record(ContentFile file, ImportOutcome outcome) {
			this.outcomes.put(file.path(), outcome);
			if (outcome == ImportOutcome.KEPT_APP_EDITS) {
				logger.warn("content/" + file.path()
						+ " changed, but its document was edited in the app since the last import: the app's version is kept");
			}
		}

		private void problem(ContentProblem problem) {
			Problem reported = new Problem(problem.file(), problem.line(), problem.reason());
			this.problems.add(reported);
			logger.warn("Skipped content/" + reported);
		}

		ContentImportReport report() {
			return new ContentImportReport(this.outcomes, this.problems);
		}

	}

}
