package de.impulsnetz.content;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import de.impulsnetz.content.ContentImportReport.Problem;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Imports {@code content/} at start-up: the files of each {@link ContentKind} the
 * features register, kind after kind in their order. Each file is imported on its own: a
 * malformed file is reported with file, line and reason, and the others still import.
 */
@Component
@Order(0)
public class ContentImporter implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(ContentImporter.class);

	private final List<ContentKind> kinds;

	private final Clock clock;

	private final String contentDir;

	/**
	 * @param kinds sorted by their order, as Spring injects them
	 */
	ContentImporter(List<ContentKind> kinds, Clock clock, @Value("${impulsnetz.content-dir:}") String contentDir) {
		this.kinds = List.copyOf(kinds);
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
			Run run = new Run(source);
			return Flux.fromIterable(this.kinds).concatMap(run::importKind).then(Mono.fromSupplier(run::report));
		});
	}

	private static boolean isIn(ContentFile file, String folder) {
		return file.path().startsWith(folder + "/");
	}

	/**
	 * "a/, b/ or c/".
	 */
	private static String list(List<String> folders) {
		String all = String.join("/, ", folders) + "/";
		int last = all.lastIndexOf(", ");
		return (last < 0) ? all : all.substring(0, last) + " or " + all.substring(last + 2);
	}

	private static String summary(ContentImportReport report) {
		StringBuilder summary = new StringBuilder();
		for (ImportOutcome outcome : ImportOutcome.values()) {
			summary.append(report.count(outcome)).append(' ').append(outcome).append(", ");
		}
		return summary.append(report.problems().size()).append(" problems").toString();
	}

	/**
	 * State of one import run.
	 */
	private final class Run {

		private final List<ContentFile> files;

		private final Map<String, ImportOutcome> outcomes = new LinkedHashMap<>();

		private final List<Problem> problems = new ArrayList<>();

		/**
		 * Slugs of the stored documents of each kind imported so far, by folder.
		 */
		private final Map<String, Set<String>> stored = new HashMap<>();

		private final ContentSource source;

		Run(ContentSource source) {
			this.source = source;
			this.files = source.files();
			List<String> folders = ContentImporter.this.kinds.stream().map(ContentKind::folder).toList();
			this.files.stream()
				.filter((file) -> folders.stream().noneMatch((folder) -> isIn(file, folder)))
				.forEach((file) -> problem(new ContentProblem(file.path(), 1, "unknown folder: use " + list(folders))));
		}

		Mono<Void> importKind(ContentKind kind) {
			// The folder file first: the rest of its folder belongs to it.
			Comparator<ContentFile> order = Comparator.comparing((file) -> file.slug().equals(kind.folderFile())
					? file.folder() + "/0" : file.folder() + "/1" + file.slug());
			return Flux.fromIterable(this.files)
				.filter((file) -> isIn(file, kind.folder()))
				.sort(order)
				.concatMap((file) -> Mono
					.defer(() -> kind.importFile(new ContentEntry(file, kind.folderFile(),
							ContentImporter.this.clock.instant(), (folder) -> knownSlugs(kind, folder), this.source)))
					.doOnNext((outcome) -> record(file, outcome))
					.onErrorResume(ContentProblem.class, (problem) -> {
						problem(problem);
						return Mono.empty();
					}))
				.then(Flux.defer(kind::slugs).collect(Collectors.toSet()))
				.doOnNext((slugs) -> this.stored.put(kind.folder(), slugs))
				.then();
		}

		private Set<String> knownSlugs(ContentKind importing, String folder) {
			if (folder.equals(importing.folder())) {
				return this.files.stream()
					.filter((file) -> isIn(file, folder))
					.map(ContentFile::slug)
					.collect(Collectors.toSet());
			}
			Set<String> slugs = this.stored.get(folder);
			if (slugs == null) {
				throw new IllegalStateException("Files in " + importing.folder() + "/ name documents in " + folder
						+ "/, but that kind is not imported before them: check the kinds' order");
			}
			return slugs;
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
