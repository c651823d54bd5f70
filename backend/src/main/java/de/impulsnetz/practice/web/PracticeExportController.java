package de.impulsnetz.practice.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import de.impulsnetz.practice.Practice;
import de.impulsnetz.practice.PracticeFiles;
import de.impulsnetz.practice.authoring.PracticeAuthoring;
import de.impulsnetz.shared.Berlin;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Admins download the whole knowledge base as a zip of Markdown files: published cases in
 * {@code praxis/} (importable as they are), drafts and submitted cases in
 * {@code praxis-in-arbeit/}, and a change to a published case that waits for review next
 * to them as {@code praxis-in-arbeit/<slug>.aenderung.md} (a name no case's address
 * takes), so that nothing the authors wrote is lost. That file, dropped into
 * {@code praxis/} as {@code <slug>.md}, publishes the change. The role is checked by the
 * security filter chain.
 */
@Controller
class PracticeExportController {

	private final PracticeAuthoring authoring;

	private final Clock clock;

	PracticeExportController(PracticeAuthoring authoring, Clock clock) {
		this.authoring = authoring;
		this.clock = clock;
	}

	@GetMapping("/praxis/export.zip")
	Mono<ResponseEntity<byte[]>> export() {
		return this.authoring.everything()
			.collectList()
			.publishOn(Schedulers.boundedElastic())
			.map((practices) -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("application/zip"))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
					.filename("impulsnetz-praxisbeispiele-" + LocalDate.now(this.clock.withZone(Berlin.ZONE)) + ".zip")
					.build()
					.toString())
				.body(zip(practices)));
	}

	static byte[] zip(List<Practice> practices) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (Practice practice : practices) {
				String folder = practice.isPublished() ? "praxis/" : "praxis-in-arbeit/";
				zip.putNextEntry(new ZipEntry(folder + practice.slug() + ".md"));
				zip.write(PracticeFiles.write(practice).getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
				if (practice.hasPendingChange()) {
					zip.putNextEntry(new ZipEntry("praxis-in-arbeit/" + practice.slug() + ".aenderung.md"));
					zip.write(PracticeFiles.writePendingChange(practice).getBytes(StandardCharsets.UTF_8));
					zip.closeEntry();
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
