package de.impulsnetz.identity.invitation;

import de.impulsnetz.identity.Member;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import de.impulsnetz.identity.keycloak.KeycloakAdmin;
import de.impulsnetz.identity.keycloak.KeycloakProvisioning;
import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityChanged;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/**
 * Each municipality is an organization in Keycloak: kept in step with the directory, its
 * members listed, new people invited through the organization's invite endpoint (Keycloak
 * sends the mail).
 */
@Service
public class MunicipalityOrganizations {

	private static final Log logger = LogFactory.getLog(MunicipalityOrganizations.class);

	private final KeycloakAdmin admin;

	private final KeycloakProvisioning provisioning;

	private final Invitations invitations;

	/**
	 * The organization attribute the invitation mail names the inviter by (the email
	 * theme's {@code org-invite.ftl}).
	 */
	static final String INVITER_ATTRIBUTE = "impulsnetzInviter";

	private final Object inviting = new Object();

	MunicipalityOrganizations(KeycloakAdmin admin, KeycloakProvisioning provisioning, Invitations invitations) {
		this.admin = admin;
		this.provisioning = provisioning;
		this.invitations = invitations;
	}

	/**
	 * Creates or updates the municipality's organization.
	 */
	public Mono<String> ensure(Municipality municipality) {
		return this.admin.call((realm) -> this.provisioning.ensureOrganization(realm, municipality, new ArrayList<>()));
	}

	@EventListener
	void municipalityChanged(MunicipalityChanged changed) {
		ensure(changed.municipality()).subscribe(
				(id) -> logger.debug("Organization of " + changed.municipality().slug() + " is in step"),
				(error) -> logger.info("Organization of " + changed.municipality().slug() + " not updated now ("
						+ error.getMessage() + "); provisioning catches up"));
	}

	/**
	 * Whether the member may invite into the municipality (see
	 * {@link Member#mayInviteInto(String)}); 403 if not.
	 */
	public Mono<Void> checkMayInvite(Member inviter, String municipality) {
		return inviter.mayInviteInto(municipality) ? Mono.empty()
				: Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

	/**
	 * Invites a person by email into the municipality's organization; Keycloak sends the
	 * invitation mail. Only who {@linkplain #checkMayInvite may invite} there, and at
	 * most {@code impulsnetz.limits.invitations.per-day} times in 24 hours, else
	 * {@link InvitationLimitReached}.
	 */
	public Mono<Void> invite(Member inviter, String municipality, String email, String firstName, String lastName) {
		return checkMayInvite(inviter, municipality).then(this.invitations.record(inviter, municipality,
				invitation(inviter, municipality, email, firstName, lastName)));
	}

	private Mono<Void> invitation(Member inviter, String municipality, String email, String firstName,
			String lastName) {
		return this.admin.call((realm) -> {
			String id = KeycloakProvisioning.organizationId(realm, municipality)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
			OrganizationResource organization = realm.organizations().get(id);
			// Keycloak's invitation mail cannot be told who invited; the project's email
			// theme reads it from the organization, so one invitation at a time leaves
			// the
			// inviter's name there first.
			synchronized (this.inviting) {
				OrganizationRepresentation stored = organization.toRepresentation();
				Map<String, List<String>> attributes = new HashMap<>(
						(stored.getAttributes() != null) ? stored.getAttributes() : Map.of());
				attributes.put(INVITER_ATTRIBUTE, List.of(inviter.name()));
				stored.setAttributes(attributes);
				try (var updated = organization.update(stored)) {
					if (updated.getStatus() >= 300) {
						throw new InvitationFailed(updated.getStatus());
					}
				}
				try (var response = organization.members().inviteUser(email, firstName, lastName)) {
					if (response.getStatus() >= 300) {
						throw new InvitationFailed(response.getStatus());
					}
				}
			}
			return true;
		}).then();
	}

	/**
	 * The people in the municipality's organization, by name.
	 */
	public Flux<String> memberNames(String municipality) {
		return this.admin
			.call((realm) -> KeycloakProvisioning.organizationId(realm, municipality)
				.map((id) -> realm.organizations().get(id).members().list(0, 200, true))
				.orElse(List.of()))
			.flatMapIterable((members) -> members)
			.map(MunicipalityOrganizations::displayName)
			.sort();
	}

	private static String displayName(MemberRepresentation member) {
		String name = (Objects.toString(member.getFirstName(), "") + " " + Objects.toString(member.getLastName(), ""))
			.strip();
		return name.isEmpty() ? member.getUsername() : name;
	}

	/**
	 * Keycloak did not send the invitation (no mail server, invalid address, ...).
	 */
	public static class InvitationFailed extends RuntimeException {

		InvitationFailed(int status) {
			super("Keycloak answered " + status + " to the invitation");
		}

	}

}
