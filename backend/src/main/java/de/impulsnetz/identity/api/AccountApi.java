package de.impulsnetz.identity.api;

import java.util.List;

import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.Role;
import de.impulsnetz.municipality.MunicipalityDirectory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/konto}: the calling member's profile.
 */
@RestController
class AccountApi {

	private final CurrentMember currentMember;

	private final MunicipalityDirectory municipalities;

	AccountApi(CurrentMember currentMember, MunicipalityDirectory municipalities) {
		this.currentMember = currentMember;
		this.municipalities = municipalities;
	}

	@GetMapping("/api/v1/konto")
	Mono<Profile> profile() {
		return this.currentMember.get()
			.flatMap((member) -> municipality(member).map((municipality) -> Profile.of(member, municipality))
				.defaultIfEmpty(Profile.of(member, null)));
	}

	private Mono<MunicipalityRef> municipality(Member member) {
		return (member.municipality() != null) ? this.municipalities.bySlug(member.municipality())
			.map((found) -> new MunicipalityRef(found.slug(), found.name())) : Mono.empty();
	}

	record Profile(String id, String username, String name, @Nullable String email,
			@Nullable MunicipalityRef municipality, List<String> roles) {

		static Profile of(Member member, @Nullable MunicipalityRef municipality) {
			return new Profile(member.id(), member.username(), member.name(), member.email(), municipality,
					member.roles().stream().map(Role::keycloakName).sorted().toList());
		}

	}

	record MunicipalityRef(String slug, String name) {

	}

}
