package de.impulsnetz.municipality.api;

import java.util.List;

import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.shared.web.ApiPages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The participating municipalities and institutions, by name; their channels are at
 * {@code /api/v1/kommunen/{slug}/kanaele}.
 */
@RestController
@RequestMapping("/api/v1/kommunen")
@Tag(name = "Kommunen")
class MunicipalityApi {

	private final MunicipalityDirectory directory;

	MunicipalityApi(MunicipalityDirectory directory) {
		this.directory = directory;
	}

	@GetMapping
	@Operation(summary = "Die teilnehmenden Kommunen und Einrichtungen, nach Namen; seitenweise (seite, groesse)")
	Mono<ResponseEntity<List<MunicipalityResponse>>> list(
			@Parameter(description = "Seite, ab 1") @RequestParam(defaultValue = "1") int seite,
			@Parameter(description = "Einträge je Seite, höchstens " + ApiPages.MAX_SIZE) @RequestParam(
					defaultValue = "" + ApiPages.DEFAULT_SIZE) int groesse,
			ServerHttpRequest request) {
		return ApiPages.page(this.directory.all(), seite, groesse, request,
				(municipality) -> Mono.just(MunicipalityResponse.of(municipality)));
	}

	/**
	 * A municipality as the directory shows it.
	 *
	 * @param partOf the Kreis a town belongs to
	 */
	record MunicipalityResponse(@Schema(description = "Adresse der Kommune, z. B. kreis-steinfurt") String slug,
			String name, MunicipalityKind kind, String region, String state, @Nullable String website,
			@Schema(description = "Adresse des Kreises, zu dem sie gehört") @Nullable String partOf) {

		static MunicipalityResponse of(Municipality municipality) {
			return new MunicipalityResponse(municipality.slug(), municipality.name(), municipality.kind(),
					municipality.region(), municipality.state(), municipality.website(), municipality.partOf());
		}

	}

}
