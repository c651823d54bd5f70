package de.impulsnetz.shared.formats;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * CSV as German spreadsheet programs open it without asking: UTF-8 with a byte order
 * mark, semicolons, CRLF, and cells that can never start a formula.
 */
public final class Csv {

	private static final Pattern LINE_BREAKS = Pattern.compile("\\R");

	private static final Pattern FORMULA = Pattern.compile("[\\s\\p{Cntrl}]*[=+\\-@]|[\\t\\r]");

	private Csv() {
	}

	/**
	 * A CSV cell: one line (a line break inside a cell could start a formula on its own
	 * line), quoted when needed, and never starting like a formula, not even after
	 * leading blanks (CSV injection).
	 */
	public static String cell(String value) {
		String line = LINE_BREAKS.matcher(value).replaceAll(" ");
		String safe = FORMULA.matcher(line).lookingAt() ? "'" + line : line;
		if (safe.contains(";") || safe.contains("\"")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

	/**
	 * One line of cells, each made safe with {@link #cell}, ended with CRLF.
	 */
	public static String row(List<String> cells) {
		return cells.stream().map(Csv::cell).collect(Collectors.joining(";", "", "\r\n"));
	}

	/**
	 * The lines as a download named {@code filename}, not kept by caches.
	 */
	public static ResponseEntity<byte[]> download(String filename, String lines) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(("\uFEFF" + lines).getBytes(StandardCharsets.UTF_8));
	}

}
