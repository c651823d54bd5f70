package de.impulsnetz.content;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;

/**
 * A kind of file below {@code content/} that a feature owns, as it owns its
 * {@code SearchSource}: the feature declares the front matter and turns one file into its
 * documents; the importer walks the folder, parses, orders and reports problems. Register
 * an implementation as a bean.
 * <p>
 * Kinds are imported one after the other, lowest {@link #getOrder() order} first: a kind
 * whose files name documents of another kind comes after it.
 */
public interface ContentKind extends Ordered {

	/**
	 * The folder below {@code content/} that holds the files of this kind, e.g.
	 * {@code praxis}.
	 */
	String folder();

	/**
	 * Creates or updates the documents one file describes, keeping edits made in the app
	 * ({@link ContentImports}). A file that cannot be imported is reported by throwing or
	 * emitting a {@link ContentProblem}, e.g. from
	 * {@link ContentEntry#frontMatter(Class)} or {@link ContentEntry#problem(String)}.
	 */
	Mono<ImportOutcome> importFile(ContentEntry file);

	/**
	 * The name, without {@code .md}, of a file that describes the sub-folder it is in
	 * (e.g. {@code _reihe} for a talk series): imported before the other files of that
	 * sub-folder and exempt from the slug rule for file names. {@code null} when the kind
	 * has none.
	 */
	default @Nullable String folderFile() {
		return null;
	}

	/**
	 * The slugs of the stored documents of this kind, read once after its files are
	 * imported, for {@link ContentEntry#requireReferences} of later kinds. Empty unless
	 * other kinds' files name documents of this kind.
	 */
	default Flux<String> slugs() {
		return Flux.empty();
	}

}
