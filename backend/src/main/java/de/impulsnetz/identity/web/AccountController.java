package de.impulsnetz.identity.web;

import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.account.MemberAccounts;
import de.impulsnetz.identity.login.Reauthentication;
import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.shared.web.Notices;
import de.impulsnetz.municipality.MunicipalityDirectory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;

/**
 * {@code /konto}: the member's own account — profile, data export, deletion.
 */
@Controller
class AccountController {

	private final CurrentMember currentMember;

	private final MemberAccounts accounts;

	private final MunicipalityDirectory municipalities;

	private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final Reauthentication reauthentication;

	/**
	 * Keycloak's own account console, where members change their name, email and
	 * password.
	 */
	private final String keycloakAccountUrl;

	AccountController(CurrentMember currentMember, MemberAccounts accounts, MunicipalityDirectory municipalities,
			Reauthentication reauthentication, @Value("${impulsnetz.keycloak.url}") String keycloakUrl,
			@Value("${impulsnetz.keycloak.realm}") String realm) {
		this.keycloakAccountUrl = keycloakUrl.replaceAll("/+$", "") + "/realms/" + realm + "/account";
		this.currentMember = currentMember;
		this.reauthentication = reauthentication;
		this.accounts = accounts;
		this.municipalities = municipalities;
	}

	/**
	 * The profile, the link to Keycloak for name and email, and an overview of what the
	 * member has here: registrations, proposals, Praxisbeispiele, watches.
	 */
	@GetMapping("/konto")
	Rendering account() {
		return Rendering.view("identity/account")
			.modelAttribute("municipalityName", this.currentMember.required().flatMap(this::municipalityName))
			.modelAttribute("overview", this.currentMember.required().flatMap(this.accounts::overview))
			.modelAttribute("keycloakAccountUrl", this.keycloakAccountUrl)
			.build();
	}

	/**
	 * The export as a page to read and print: the same data as the JSON file.
	 */
	@GetMapping("/konto/daten/ansicht")
	Mono<Rendering> exportPage() {
		return this.currentMember.required()
			.flatMap(this.accounts::export)
			.map((data) -> Rendering.view("identity/account-export")
				.modelAttribute("entries", ExportNode.of(data))
				.build());
	}

	@GetMapping("/konto/daten")
	Mono<ResponseEntity<byte[]>> export() {
		return this.currentMember.required()
			.flatMap(this.accounts::export)
			.map((data) -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("impulsnetz-meine-daten.json").build().toString())
				.body(this.json.writeValueAsBytes(data)));
	}

	/**
	 * Asks for the password first (Keycloak), then for the confirmation.
	 */
	@GetMapping("/konto/loeschen")
	Mono<Rendering> confirmDeletion(ServerWebExchange exchange) {
		return this.reauthentication.isRecent()
			.flatMap((recent) -> recent ? Mono.just(Rendering.view("identity/account-delete").build())
					: this.reauthentication.start(exchange)
						.map((login) -> Rendering.redirectTo(login.toString()).build()));
	}

	/**
	 * Deletes only if the password was entered a few minutes ago; a form left open longer
	 * goes through the password again.
	 */
	@PostMapping("/konto/loeschen")
	Mono<Rendering> delete(ServerWebExchange exchange) {
		return exchange.getFormData().flatMap((form) -> {
			if (!"ja".equals(form.getFirst("bestaetigt"))) {
				return Mono.just(Rendering.view("identity/account-delete")
					.modelAttribute("notConfirmed", true)
					.status(HttpStatus.BAD_REQUEST)
					.build());
			}
			return this.reauthentication.isRecent().flatMap((recent) -> {
				if (!recent) {
					return Mono.just(Rendering.redirectTo("/konto/loeschen").build());
				}
				return this.currentMember.required()
					.flatMap(this.accounts::delete)
					.then(exchange.getSession().flatMap(WebSession::invalidate))
					.thenReturn(Rendering.redirectTo(Notices.redirect("/", "konto-geloescht")).build());
			});
		});
	}

	private Mono<String> municipalityName(Member member) {
		return (member.municipality() != null)
				? this.municipalities.bySlug(member.municipality()).map(Municipality::name) : Mono.empty();
	}

}
