package de.impulsnetz.identity;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import de.impulsnetz.KeycloakExtension;
import de.impulsnetz.identity.keycloak.KeycloakProvisioning;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What tests do in Keycloak directly: users of their own, clients that get tokens by
 * password grant (as a script or another app of the realm would).
 */
final class KeycloakAccess implements AutoCloseable {

	static final String REALM = "impulsnetz";

	private final Keycloak admin = Keycloak.getInstance(KeycloakExtension.URL, "master", "admin", "admin", "admin-cli");

	RealmResource realm() {
		return this.admin.realm(REALM);
	}

	/**
	 * A fresh user in the municipality, with password {@code geheim}.
	 * @return the user id
	 */
	String createUser(String username, String municipality) {
		UserRepresentation user = new UserRepresentation();
		user.setUsername(username);
		user.setEmail(username + "@impulsnetz.example");
		user.setFirstName("Test");
		user.setLastName(username);
		user.setEnabled(true);
		user.setEmailVerified(true);
		CredentialRepresentation password = new CredentialRepresentation();
		password.setType(CredentialRepresentation.PASSWORD);
		password.setValue("geheim");
		password.setTemporary(false);
		user.setCredentials(List.of(password));
		String id;
		try (Response response = realm().users().create(user)) {
			id = CreatedResponseUtil.getCreatedId(response);
		}
		String organization = KeycloakProvisioning.allOrganizations(realm())
			.stream()
			.filter((candidate) -> municipality.equals(candidate.getAlias()))
			.findFirst()
			.orElseThrow()
			.getId();
		realm().organizations().get(organization).members().addMember(id).close();
		return id;
	}

	/**
	 * A public client with direct access grants, optionally granted the API scope.
	 */
	String ensureScriptClient(boolean withApiScope) {
		String clientId = withApiScope ? "test-script-api" : "test-script-plain";
		if (realm().clients().findByClientId(clientId).isEmpty()) {
			ClientRepresentation client = new ClientRepresentation();
			client.setClientId(clientId);
			client.setPublicClient(true);
			client.setDirectAccessGrantsEnabled(true);
			client.setStandardFlowEnabled(false);
			String id;
			try (Response response = realm().clients().create(client)) {
				id = CreatedResponseUtil.getCreatedId(response);
			}
			if (withApiScope) {
				String scope = realm().clientScopes()
					.findAll()
					.stream()
					.filter((candidate) -> "impulsnetz-api".equals(candidate.getName()))
					.findFirst()
					.orElseThrow()
					.getId();
				realm().clients().get(id).addDefaultClientScope(scope);
			}
		}
		return clientId;
	}

	/**
	 * An access token by password grant.
	 */
	static String accessToken(String clientId, String username, String password) {
		Map<String, String> form = Map.of("grant_type", "password", "client_id", clientId, "username", username,
				"password", password, "scope", "openid organization");
		String body = form.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest
					.newBuilder(
							URI.create(KeycloakExtension.URL + "/realms/" + REALM + "/protocol/openid-connect/token"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode json = JsonMapper.builder().build().readTree(response.body());
			if (!json.has("access_token")) {
				throw new IllegalStateException("No token: " + response.body());
			}
			return json.get("access_token").asString();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String uniqueName(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Override
	public void close() {
		this.admin.close();
	}

}
