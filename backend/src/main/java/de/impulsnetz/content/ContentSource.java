package de.impulsnetz.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Where the content files are read from: a folder ({@code IMPULSNETZ_CONTENT_DIR}) or, by
 * default, the {@code impulsnetz-content} jar on the classpath.
 */
interface ContentSource {

	/**
	 * All {@code .md} files except READMEs, sorted by path.
	 */
	List<ContentFile> files();

	String description();

	/**
	 * Another file of the content, e.g. the recording next to a talk's Markdown file; it
	 * may not exist.
	 * @param path relative to {@code content/}, with forward slashes
	 */
	Resource resource(String path);

	static ContentSource directory(Path root) {
		return new ContentSource() {

			@Override
			public List<ContentFile> files() {
				try (Stream<Path> paths = Files.walk(root)) {
					return paths.filter(Files::isRegularFile)
						.map((path) -> root.relativize(path).toString().replace('\\', '/'))
						.filter(ContentSource::isContent)
						.sorted()
						.map((relative) -> new ContentFile(relative, read(root.resolve(relative))))
						.toList();
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Cannot read content folder " + root.toAbsolutePath(), ex);
				}
			}

			@Override
			public String description() {
				return "folder " + root.toAbsolutePath();
			}

			@Override
			public Resource resource(String path) {
				return new FileSystemResource(root.resolve(path));
			}

		};
	}

	static ContentSource classpath() {
		return new ContentSource() {

			@Override
			public List<ContentFile> files() {
				try {
					List<ContentFile> files = new ArrayList<>();
					for (Resource resource : new PathMatchingResourcePatternResolver()
						.getResources("classpath*:content/**/*.md")) {
						String url = resource.getURL().toString();
						String relative = url.substring(url.lastIndexOf("/content/") + "/content/".length());
						if (isContent(relative)) {
							files.add(new ContentFile(relative, resource.getContentAsString(StandardCharsets.UTF_8)));
						}
					}
					files.sort(Comparator.comparing(ContentFile::path));
					return files;
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Cannot read content from the classpath", ex);
				}
			}

			@Override
			public String description() {
				return "classpath content/";
			}

			@Override
			public Resource resource(String path) {
				return new ClassPathResource("content/" + path);
			}

		};
	}

	private static boolean isContent(String relative) {
		return relative.endsWith(".md") && !relative.toLowerCase().endsWith("readme.md");
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

}
