package de.impulsnetz.practice.api;

import java.net.URI;

import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.shared.web.ApiPages;
import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.municipality.Platform;
import de.impulsnetz.practice.Practice;
import de.impulsnetz.practice.authoring.PracticeAuthoring;
import de.impulsnetz.practice.PracticeCatalog;
import de.impulsnetz.practice.PracticeFilter;
import de.impulsnetz.practice.PracticeNotFound;
import de.impulsnetz.practice.PracticeRights;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.http.server.reactive.ServerHttpRequest;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The knowledge base as JSON: reading is public (published cases; drafts for those who
 * may see them), writing needs a bearer token of the Impulsnetz with the same rules as
 * the pages.
 */
@RestController
@RequestMapping("/api/v1/praxis")
@Tag(name = "Praxisbeispiele")
class PracticeApi {

	private final PracticeCatalog catalog;

	private final PracticeAuthoring authoring;

	private final MunicipalityDirectory directory;

	private final CurrentMember currentMember;

	PracticeApi(PracticeCatalog catalog, PracticeAuthoring authoring, MunicipalityDirectory directory,
			CurrentMember currentMember) {
		this.catalog = catalog;
		this.authoring = authoring;
		this.directory = directory;
		this.currentMember = currentMember;
	}

	@GetMapping
	@Operation(
			summary = "Veröffentlichte Praxisbeispiele mit den Filtern von /praxis; neueste zuerst, mit q die besten Treffer zuerst")
	Mono<ResponseEntity<List<PracticeSummaryResponse>>> list(
			@Parameter(description = "Kanal, z. B. INSTAGRAM (Groß-/Kleinschreibung egal)",
					schema = @Schema(implementation = Platform.class)) @RequestParam(
							required = false) @Nullable String kanal,
			@Parameter(description = "Thema, z. B. Recruiting (Groß-/Kleinschreibung egal)") @RequestParam(
					required = false) @Nullable String thema,
			@Parameter(description = "Kommune (Slug)") @RequestParam(required = false) @Nullable String kommune,
			@Parameter(description = "Art der Einrichtung",
					schema = @Schema(implementation = MunicipalityKind.class)) @RequestParam(
							required = false) @Nullable String art,
			@Parameter(description = "Suchbegriffe") @RequestParam(required = false) @Nullable String q,
			@Parameter(description = "Seite, ab 1") @RequestParam(defaultValue = "1") int seite,
			@Parameter(description = "Einträge je Seite, höchstens " + ApiPages.MAX_SIZE) @RequestParam(
					defaultValue = "" + ApiPages.DEFAULT_SIZE) int groesse,
			ServerHttpRequest request) {
		PracticeFilter filter = PracticeFilter.NONE.withChannel(kanal)
			.withTopic(thema)
			.withMunicipality(kommune)
			.withInstitutionKind(art);
		Flux<Practice> found = (q == null || q.isBlank()) ? this.catalog.published(filter)
				: this.catalog.search(q, filter);
		return ApiPages.page(found, seite, groesse, request,
				(practice) -> Mono.just(PracticeSummaryResponse.of(practice)));
	}

	@GetMapping("/{slug}")
	@Operation(
			summary = "Ein Praxisbeispiel mit dem veröffentlichten Text (Markdown) und Version; für die beteiligten Kommunen und die Redaktion auch eine Änderung in Prüfung (pending)")
	Mono<PracticeResponse> show(@PathVariable String slug) {
		return this.currentMember.optional()
			.flatMap((member) -> this.authoring.read(slug, member.orElse(null))
				.map((practice) -> PracticeResponse.of(practice,
						PracticeRights.of(member.orElse(null), practice).insider())))
			.switchIfEmpty(Mono.error(new PracticeNotFound(slug)));
	}

	@PostMapping
	@Operation(summary = "Legt einen Entwurf für die eigene Kommune an (Mitglieder)")
	Mono<ResponseEntity<PracticeResponse>> create(@Valid @RequestBody PracticeRequest request) {
		return this.currentMember.required()
			.flatMap((member) -> institutionKind(request)
				.flatMap((kind) -> this.authoring.create(member, request.toContent(kind))))
			.map((created) -> ResponseEntity.created(URI.create("/api/v1/praxis/" + created.slug()))
				.body(PracticeResponse.forAuthors(created)));
	}

	@PutMapping("/{slug}")
	@Operation(
			summary = "Speichert eine neue Fassung; version muss die zuletzt gelesene sein, sonst 409. Bei einem veröffentlichten Fall bleibt der veröffentlichte Text, bis die Redaktion die Änderung (pending) veröffentlicht")
	Mono<PracticeResponse> update(@PathVariable String slug, @Valid @RequestBody PracticeRequest request) {
		if (request.version() == null) {
			return Mono.error(new VersionRequired());
		}
		return this.currentMember.required()
			.flatMap((member) -> institutionKind(request)
				.flatMap((kind) -> this.authoring.update(slug, member, request.toContent(kind), request.version())))
			.map(PracticeResponse::forAuthors);
	}

	@PostMapping("/{slug}/einreichen")
	@Operation(
			summary = "Reicht einen Entwurf zur Prüfung ein, oder eine Änderung eines veröffentlichten Falls, die die Redaktion zurückgegeben hat")
	Mono<PracticeResponse> submit(@PathVariable String slug) {
		return this.currentMember.required()
			.flatMap((member) -> this.authoring.submit(slug, member))
			.map(PracticeResponse::forAuthors);
	}

	@PostMapping("/{slug}/veroeffentlichen")
	@Operation(
			summary = "Veröffentlicht einen eingereichten Fall oder eine Änderung in Prüfung (Redaktion; nie die eigene: 403). revision nennt die geprüfte Fassung; wurde danach erneut gespeichert: 409")
	Mono<PracticeResponse> publish(@PathVariable String slug, @Valid @RequestBody PublishRequest request) {
		return this.currentMember.required()
			.flatMap((member) -> this.authoring.publish(slug, member, request.revision()))
			.map(PracticeResponse::forAuthors);
	}

	@PostMapping("/{slug}/zurueckgeben")
	@Operation(
			summary = "Gibt einen eingereichten Fall in den Entwurf oder eine Änderung in Prüfung an die Autorinnen und Autoren zurück, mit einem Hinweis (comment), den sie sehen (Redaktion). Eine zurückgegebene Änderung reichen sie mit einreichen erneut ein; bis dahin bleibt der veröffentlichte Text")
	Mono<PracticeResponse> sendBack(@PathVariable String slug, @Valid @RequestBody SendBackRequest request) {
		return this.currentMember.required()
			.flatMap((member) -> this.authoring.sendBack(slug, member, request.comment()))
			.map(PracticeResponse::forAuthors);
	}

	@PostMapping("/{slug}/aenderung-verwerfen")
	@Operation(
			summary = "Zieht die Änderung eines veröffentlichten Falls zurück (beteiligte Kommunen) oder verwirft sie (Redaktion); der veröffentlichte Text bleibt, ihre Versionen bleiben in der Versionsgeschichte. Ohne Änderung: 409")
	Mono<PracticeResponse> discardChange(@PathVariable String slug) {
		return this.currentMember.required()
			.flatMap((member) -> this.authoring.discardChange(slug, member))
			.map(PracticeResponse::forAuthors);
	}

	private Mono<MunicipalityKind> institutionKind(PracticeRequest request) {
		if (request.institutionKind() != null) {
			return Mono.just(request.institutionKind());
		}
		return this.directory.bySlug(request.municipalities().get(0))
			.map(Municipality::kind)
			.defaultIfEmpty(MunicipalityKind.KREIS);
	}

}
