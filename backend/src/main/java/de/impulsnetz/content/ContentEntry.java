package de.impulsnetz.content;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import de.impulsnetz.shared.text.Slugs;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;

/**
 * One file of a {@link ContentKind} during an import run, split into front matter and
 * Markdown body.
 */
public final class ContentEntry {

	private static final Pattern ATTACHMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	private final ContentFile file;

	private final ContentFile.Parts parts;

	private final @Nullable String folderFile;

	private final Instant importedAt;

	private final Function<String, Set<String>> knownSlugs;

	private final ContentSource source;

	ContentEntry(ContentFile file, @Nullable String folderFile, Instant importedAt,
			Function<String, Set<String>> knownSlugs, ContentSource source) {
		this.source = source;
		this.file = file;
		this.parts = file.split();
		this.folderFile = folderFile;
		this.importedAt = importedAt;
		this.knownSlugs = knownSlugs;
	}

	/**
	 * Relative to {@code content/}, e.g. {@code praxis/videos.md}.
	 */
	public String path() {
		return this.file.path();
	}

	/**
	 * The file name without {@code .md}: the document's slug.
	 */
	public String slug() {
		return this.file.slug();
	}

	/**
	 * The sub-folder the file is in, e.g. {@code impulsreihe-x} for
	 * {@code impulse/impulsreihe-x/talk.md}; empty for a file directly in the kind's
	 * folder.
	 */
	public String folder() {
		return this.file.folder();
	}

	/**
	 * Whether this is the kind's {@link ContentKind#folderFile() folder file}.
	 */
	public boolean isFolderFile() {
		return this.file.slug().equals(this.folderFile);
	}

	/**
	 * The Markdown after the front matter, without surrounding blank lines.
	 */
	public String body() {
		return this.parts.body();
	}

	/**
	 * The front matter bound to the kind's record, after checking that the file name is a
	 * slug.
	 * @throws ContentProblem with the line of the offending key
	 */
	public <T extends Record> T frontMatter(Class<T> type) {
		if (!Slugs.isValid(slug()) && !isFolderFile()) {
			throw problem("file name must be a slug: lower-case letters, digits and hyphens, e.g. kreis-steinfurt.md");
		}
		return FrontMatter.bind(this.file, this.parts, type);
	}

	/**
	 * Where the documents of this file come from, for the rule that edits made in the app
	 * win.
	 */
	public ImportStamp stamp() {
		return new ImportStamp(path(), this.file.hash(), this.importedAt);
	}

	/**
	 * A file next to this one that its front matter names, e.g. a talk's recording.
	 * @param key the front-matter key that names it, for the line of the problem
	 * @param name a file name without folders, e.g. {@code vortrag.mp4}
	 * @throws ContentProblem when the name has folders in it or no such file exists
	 */
	public Resource attachment(String key, String name) {
		if (!ATTACHMENT.matcher(name).matches()) {
			throw problem(key, "'" + key + "' must name a file next to this one, e.g. vortrag.mp4");
		}
		String path = path();
		Resource resource = this.source.resource(path.substring(0, path.lastIndexOf('/') + 1) + name);
		if (!resource.exists()) {
			throw problem(key, "'" + key + "': no file " + name + " next to this one");
		}
		return resource;
	}

	/**
	 * Checks that each slug names a document of the kind in {@code folder}: one stored by
	 * an earlier kind, or, within the kind being imported, a file of its folder (a town
	 * may name its Kreis before the Kreis is imported).
	 * @param key the front-matter key that holds the slugs, for the line of the problem
	 * @throws ContentProblem for the first slug that names nothing
	 */
	public void requireReferences(String key, String folder, Collection<String> slugs) {
		Set<String> known = this.knownSlugs.apply(folder);
		for (String slug : slugs) {
			if (!known.contains(slug)) {
				throw new ContentProblem(path(),
						FrontMatter.keyLine(this.parts, key).orElse(this.parts.firstYamlLine()),
						"'" + key + "' names '" + slug + "', but there is no " + folder + "/" + slug + ".md");
			}
		}
	}

	private ContentProblem problem(String key, String reason) {
		return new ContentProblem(path(), FrontMatter.keyLine(this.parts, key).orElse(this.parts.firstYamlLine()),
				reason);
	}

	/**
	 * A problem with the file as a whole, reported at its first line.
	 */
	public ContentProblem problem(String reason) {
		return new ContentProblem(path(), 1, reason);
	}

}
