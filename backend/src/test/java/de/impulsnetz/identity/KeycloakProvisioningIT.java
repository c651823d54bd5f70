package de.impulsnetz.identity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import de.impulsnetz.KeycloakTest;
import de.impulsnetz.identity.keycloak.KeycloakProvisioning;
import de.impulsnetz.municipality.Municipality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.parallel.Isolated;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

@KeycloakTest
// Renames a municipality and re-provisions the realm the other classes log in to: runs
// alone.
@Isolated
class KeycloakProvisioningIT {

	@Autowired
	KeycloakProvisioning provisioning;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void runningItTwiceChangesNothing() {
		this.provisioning.provision();
		assertThat(this.provisioning.provision()).isEmpty();
	}

	@Test
	void setsUpRealmRolesWebClientAndOneOrganizationPerMunicipality() {
		try (KeycloakAccess keycloak = new KeycloakAccess()) {
			assertThat(keycloak.realm().toRepresentation().isOrganizationsEnabled()).isTrue();
			// Refresh tokens live as long as the app's sessions (8 h idle, 12 h at most).
			assertThat(keycloak.realm().toRepresentation().getSsoSessionIdleTimeout()).isGreaterThanOrEqualTo(8 * 3600);
			assertThat(keycloak.realm().toRepresentation().getSsoSessionMaxLifespan())
				.isGreaterThanOrEqualTo(12 * 3600);
			assertThat(keycloak.realm().roles().list()).extracting(RoleRepresentation::getName)
				.contains("member", "editor", "organiser", "admin");
			ClientRepresentation client = keycloak.realm().clients().findByClientId("impulsnetz-web").get(0);
			assertThat(client.isPublicClient()).isFalse();
			assertThat(client.getAttributes()).containsEntry("pkce.code.challenge.method", "S256")
				.containsEntry("backchannel.logout.url", "http://localhost:8081/logout/connect/back-channel/keycloak")
				.containsEntry("backchannel.logout.session.required", "true");
			assertThat(client.isFrontchannelLogout()).isFalse();
			assertThat(client.getRedirectUris()).contains("http://localhost:8081/login/oauth2/code/keycloak");
			List<Municipality> municipalities = this.mongo.findAll(Municipality.class).collectList().block();
			Set<String> aliases = KeycloakProvisioning.allOrganizations(keycloak.realm())
				.stream()
				.map(OrganizationRepresentation::getAlias)
				.collect(Collectors.toSet());
			assertThat(aliases).containsAll(municipalities.stream().map(Municipality::slug).toList());
			OrganizationRepresentation steinfurt = organization(keycloak, "kreis-steinfurt");
			assertThat(steinfurt.getName()).isEqualTo("Kreis Steinfurt");
			assertThat(steinfurt.getDomains()).extracting(OrganizationDomainRepresentation::getName)
				.contains("kreis-steinfurt.de");
		}
	}

	@ParameterizedTest
	@CsvSource({ "stadt-rheine, Stadt Rheine", "stadt-greven, Stadt Greven" })
	void aRenamedMunicipalityRenamesItsOrganizationAlsoWithoutEmailDomains(String slug, String name) {
		Query municipality = Query.query(Criteria.where("slug").is(slug));
		try (KeycloakAccess keycloak = new KeycloakAccess()) {
			this.mongo.updateFirst(municipality, Update.update("name", name + " (neu)"), Municipality.class).block();
			assertThat(this.provisioning.provision()).contains("organization " + slug + " updated");
			assertThat(organization(keycloak, slug).getName()).isEqualTo(name + " (neu)");
		}
		finally {
			this.mongo.updateFirst(municipality, Update.update("name", name), Municipality.class).block();
			this.provisioning.provision();
		}
	}

	private static OrganizationRepresentation organization(KeycloakAccess keycloak, String alias) {
		return KeycloakProvisioning.allOrganizations(keycloak.realm())
			.stream()
			.filter((organization) -> alias.equals(organization.getAlias()))
			.findFirst()
			.orElseThrow();
	}

}
