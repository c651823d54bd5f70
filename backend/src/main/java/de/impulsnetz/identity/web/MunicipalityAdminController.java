package de.impulsnetz.identity.web;

import java.util.Arrays;
import java.util.List;

import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.identity.invitation.InvitationLimitReached;
import de.impulsnetz.identity.invitation.MunicipalityOrganizations;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.municipality.MunicipalityExists;
import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.municipality.NewMunicipality;
import de.impulsnetz.shared.web.Pages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;

/**
 * Admins register municipalities ({@code /kommunen/neu}, which creates the Keycloak
 * organization); admins invite people into any municipality, organisers into their own
 * (the rule is {@link MunicipalityOrganizations}'). Roles are checked by the security
 * filter chain.
 */
@Controller
class MunicipalityAdminController {

	private final MunicipalityDirectory directory;

	private final MunicipalityOrganizations organizations;

	private final CurrentMember currentMember;

	MunicipalityAdminController(MunicipalityDirectory directory, MunicipalityOrganizations organizations,
			CurrentMember currentMember) {
		this.directory = directory;
		this.organizations = organizations;
		this.currentMember = currentMember;
	}

	@ModelAttribute("kinds")
	List<MunicipalityKind> kinds() {
		return Arrays.asList(MunicipalityKind.values());
	}

	@GetMapping("/kommunen/neu")
	Rendering newMunicipality() {
		return Rendering.view("identity/municipality-new")
			.modelAttribute("form", new MunicipalityForm("", null, "", "", "", ""))
			.build();
	}

	@PostMapping("/kommunen/neu")
	Mono<Rendering> register(@Valid @ModelAttribute("form") MunicipalityForm form, BindingResult errors) {
		if (errors.hasErrors()) {
			return Mono.just(Rendering.view("identity/municipality-new").status(HttpStatus.BAD_REQUEST).build());
		}
		return this.directory.register(form.toRegistration())
			.flatMap((municipality) -> this.organizations.ensure(municipality)
				.thenReturn(Rendering.redirectTo("/kommunen/" + municipality.slug() + "?angelegt").build())
				.onErrorReturn(
						Rendering.redirectTo("/kommunen/" + municipality.slug() + "?angelegt&ohne-anmeldung").build()))
			.onErrorResume(MunicipalityExists.class, (exists) -> {
				errors.rejectValue("name", "municipality.exists", new Object[] { exists.slug() },
						"Diese Kommune gibt es schon.");
				return Mono.just(Rendering.view("identity/municipality-new").status(HttpStatus.CONFLICT).build());
			});
	}

	@GetMapping("/kommunen/{slug}/einladen")
	Mono<Rendering> invitation(@PathVariable String slug) {
		return this.directory.bySlug(slug)
			.switchIfEmpty(Pages.notFound())
			.flatMap((municipality) -> this.currentMember.required()
				.flatMap((member) -> this.organizations.checkMayInvite(member, slug))
				.thenReturn(municipality))
			.map((municipality) -> Rendering.view("identity/invite")
				.modelAttribute("municipality", municipality)
				.modelAttribute("form", new InvitationForm("", "", ""))
				.build());
	}

	@PostMapping("/kommunen/{slug}/einladen")
	Mono<Rendering> invite(@PathVariable String slug, @Valid @ModelAttribute("form") InvitationForm form,
			BindingResult errors) {
		return this.directory.bySlug(slug).switchIfEmpty(Pages.notFound()).flatMap((municipality) -> {
			Rendering.Builder<?> page = Rendering.view("identity/invite").modelAttribute("municipality", municipality);
			if (errors.hasErrors()) {
				return Mono.just(page.status(HttpStatus.BAD_REQUEST).build());
			}
			return this.currentMember.required()
				.flatMap((member) -> this.organizations.invite(member, slug, form.email().strip(),
						form.firstName().strip(), form.lastName().strip()))
				// Built only once sent: the builder is shared with the refusals below,
				// which
				// keep what was typed.
				.then(Mono.fromSupplier(() -> page.modelAttribute("invited", form.email().strip())
					.modelAttribute("form", new InvitationForm("", "", ""))
					.build()))
				.onErrorResume(InvitationLimitReached.class,
						(reached) -> Mono.just(page.modelAttribute("invitationLimit", reached.perDay())
							.status(HttpStatus.TOO_MANY_REQUESTS)
							.build()))
				.onErrorResume(
						(failure) -> !(failure instanceof ResponseStatusException refused
								&& refused.getStatusCode() == HttpStatus.FORBIDDEN),
						(failure) -> Mono
							.just(page.modelAttribute("inviteFailed", true).status(HttpStatus.BAD_GATEWAY).build()));
		});
	}

	/**
	 * The registration form; values come back unchanged when something is wrong.
	 */
	record MunicipalityForm(@NotBlank @Size(max = 120) String name, @NotNull MunicipalityKind kind,
			@NotBlank @Size(max = 80) String region, @NotBlank @Size(max = 80) String state,
			@Pattern(regexp = "|https?://\\S+") String website,
			@Pattern(regexp = "|([a-z0-9.-]+\\.[a-z]{2,})(\\s*,\\s*[a-z0-9.-]+\\.[a-z]{2,})*") String emailDomains) {

		NewMunicipality toRegistration() {
			List<String> domains = (this.emailDomains == null || this.emailDomains.isBlank()) ? List.of()
					: Arrays.stream(this.emailDomains.split(",")).map(String::strip).toList();
			return new NewMunicipality(this.name, this.kind, this.region, this.state,
					(this.website == null || this.website.isBlank()) ? null : this.website.strip(), domains);
		}

	}

	record InvitationForm(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 80) String firstName,
			@NotBlank @Size(max = 80) String lastName) {

	}

}
