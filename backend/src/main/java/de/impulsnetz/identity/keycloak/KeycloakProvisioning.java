package de.impulsnetz.identity.keycloak;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import de.impulsnetz.identity.Role;
import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityDirectory;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes Keycloak look the way the app needs it, idempotently: realm with Organizations,
 * realm roles ({@code member} by default), the {@code impulsnetz-api} client scope
 * (audience and roles), the confidential web client (authorization code + PKCE), one
 * organization per municipality, and in the dev run the demo users. Running it twice
 * changes nothing.
 */
@Component
public class KeycloakProvisioning {

	static final String API_SCOPE_ROLES_MAPPER = "realm roles";

	static final String API_SCOPE_AUDIENCE_MAPPER = "audience";

	private static final Log logger = LogFactory.getLog(KeycloakProvisioning.class);

	private final KeycloakAdmin admin;

	private final KeycloakProperties properties;

	private final MunicipalityDirectory municipalities;

	private final Duration sessionIdle;

	private final Duration sessionMax;

	KeycloakProvisioning(KeycloakAdmin admin, KeycloakProperties properties, MunicipalityDirectory municipalities,
			@Value("${impulsnetz.session.timeout:8h}") Duration sessionIdle,
			@Value("${impulsnetz.session.absolute-timeout:12h}") Duration sessionMax) {
		this.admin = admin;
		this.sessionIdle = sessionIdle;
		this.sessionMax = sessionMax;
		this.properties = properties;
		this.municipalities = municipalities;
	}

	/**
	 * Provisions everything; blocking, for start-up and for tests.
	 * @return what changed, one line per change (empty when all was in place)
	 */
	public List<String> provision() {
		List<String> changes = new ArrayList<>();
		RealmResource realm = ensureRealm(changes);
		ensureRoles(realm, changes);
		String apiScope = ensureApiScope(realm, changes);
		ensureWebClient(realm, apiScope, changes);
		for (Municipality municipality : this.municipalities.all().collectList().block(Duration.ofSeconds(30))) {
			try {
				ensureOrganization(realm, municipality, changes);
			}
			catch (RuntimeException ex) {
				// One municipality Keycloak refuses (e.g. an email domain another
				// organization
				// has) must not hold up the others.
				logger.warn("Keycloak provisioning: organization " + municipality.slug() + " not in step: "
						+ ex.getMessage());
			}
		}
		if (this.properties.provisioning().demoUsers()) {
			for (DemoUser user : DemoUser.ALL) {
				ensureDemoUser(realm, user, changes);
			}
		}
		changes.forEach((change) -> logger.info("Keycloak provisioning: " + change));
		return changes;
	}

	/**
	 * Creates or updates the organization of a municipality; name and email domains
	 * follow the municipality.
	 * @return the organization's id
	 */
	public String ensureOrganization(RealmResource realm, Municipality municipality, List<String> changes) {
		Optional<OrganizationRepresentation> existing = organization(realm, municipality.slug());
		List<String> domains = municipality.emailDomains();
		if (existing.isEmpty()) {
			OrganizationRepresentation created = new OrganizationRepresentation();
			created.setAlias(municipality.slug());
			created.setName(municipality.name());
			created.setEnabled(true);
			domains.forEach((domain) -> created.addDomain(new OrganizationDomainRepresentation(domain)));
			String id = createdId(realm.organizations().create(created));
			changes.add("organization " + municipality.slug() + " created");
			return id;
		}
		OrganizationRepresentation organization = existing.get();
		// Keycloak leaves out the domains of an organization that has none.
		Set<String> currentDomains = Optional.ofNullable(organization.getDomains())
			.orElse(Set.of())
			.stream()
			.map(OrganizationDomainRepresentation::getName)
			.collect(Collectors.toSet());
		if (!Objects.equals(organization.getName(), municipality.name())
				|| !currentDomains.equals(Set.copyOf(domains))) {
			organization.setName(municipality.name());
			if (organization.getDomains() != null) {
				organization.getDomains().clear();
			}
			domains.forEach((domain) -> organization.addDomain(new OrganizationDomainRepresentation(domain)));
			try (Response response = realm.organizations().get(organization.getId()).update(organization)) {
				check(response, "update organization " + municipality.slug());
			}
			changes.add("organization " + municipality.slug() + " updated");
		}
		return organization.getId();
	}

	/**
	 * The id of the organization with the given alias (municipality slug).
	 */
	public static Optional<String> organizationId(RealmResource realm, String alias) {
		return organization(realm, alias).map(OrganizationRepresentation::getId);
	}

	/**
	 * Every organization of the realm. Keycloak pages the list and may return fewer than
	 * asked for (measured: 10), so this pages until a page comes back empty.
	 */
	public static List<OrganizationRepresentation> allOrganizations(RealmResource realm) {
		List<OrganizationRepresentation> all = new ArrayList<>();
		List<OrganizationRepresentation> batch;
		do {
			batch = realm.organizations().list(all.size(), 100);
			all.addAll(batch);
		}
		while (!batch.isEmpty());
		return all;
	}

	static Optional<OrganizationRepresentation> organization(RealmResource realm, String alias) {
		// Search matches names and domains, not aliases: go through the list.
		return allOrganizations(realm).stream()
			.filter((organization) -> alias.equals(organization.getAlias()))
			.findFirst();
	}

	private RealmResource ensureRealm(List<String> changes) {
		String name = this.properties.realm();
		RealmResource realm = this.admin.keycloak().realm(name);
		RealmRepresentation representation;
		try {
			representation = realm.toRepresentation();
		}
		catch (NotFoundException ex) {
			RealmRepresentation created = new RealmRepresentation();
			created.setRealm(name);
			created.setDisplayName("Impulsnetz");
			created.setEnabled(true);
			this.admin.keycloak().realms().create(created);
			changes.add("realm " + name + " created");
			representation = realm.toRepresentation();
		}
		boolean wanted = Boolean.TRUE.equals(representation.isOrganizationsEnabled())
				&& Boolean.TRUE.equals(representation.isInternationalizationEnabled())
				&& "de".equals(representation.getDefaultLocale());
		KeycloakProperties.Smtp smtp = this.properties.provisioning().smtp();
		if (smtp != null && smtp.host() != null && !smtp.host().isBlank()) {
			Map<String, String> server = Map.of("host", smtp.host(), "port", String.valueOf(smtp.port()), "from",
					smtp.from(), "fromDisplayName", "Impulsnetz");
			Map<String, String> current = (representation.getSmtpServer() != null) ? representation.getSmtpServer()
					: Map.of();
			if (!server.entrySet().stream().allMatch((entry) -> entry.getValue().equals(current.get(entry.getKey())))) {
				representation.setSmtpServer(server);
				wanted = false;
			}
		}
		// The app checks its logins with the refresh token, which lives as long as
		// Keycloak's SSO session: that session must last as long as the app's, or members
		// are logged out after Keycloak's default 30 idle minutes. Raised, never lowered.
		int idle = (int) this.sessionIdle.toSeconds();
		int max = (int) this.sessionMax.toSeconds();
		if (representation.getSsoSessionIdleTimeout() == null || representation.getSsoSessionIdleTimeout() < idle
				|| representation.getSsoSessionMaxLifespan() == null
				|| representation.getSsoSessionMaxLifespan() < max) {
			representation.setSsoSessionIdleTimeout(Math.max(idle, orZero(representation.getSsoSessionIdleTimeout())));
			representation.setSsoSessionMaxLifespan(Math.max(max, orZero(representation.getSsoSessionMaxLifespan())));
			wanted = false;
		}
		String theme = this.properties.provisioning().realmTheme();
		if (!theme.equals(orEmpty(representation.getLoginTheme()))
				|| !theme.equals(orEmpty(representation.getEmailTheme()))) {
			// Empty is Keycloak's own theme.
			representation.setLoginTheme(theme);
			representation.setEmailTheme(theme);
			wanted = false;
		}
		if (!wanted) {
			representation.setOrganizationsEnabled(true);
			representation.setInternationalizationEnabled(true);
			representation.setSupportedLocales(Set.of("de", "en"));
			representation.setDefaultLocale("de");
			representation.setResetPasswordAllowed(true);
			realm.update(representation);
			changes.add("realm " + name + " configured (organizations, German, mail, theme, SSO session lifetimes)");
		}
		return realm;
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

	private static int orZero(Integer seconds) {
		return (seconds != null) ? seconds : 0;
	}

	private void ensureRoles(RealmResource realm, List<String> changes) {
		Set<String> existing = realm.roles()
			.list()
			.stream()
			.map(RoleRepresentation::getName)
			.collect(Collectors.toSet());
		for (Role role : Role.values()) {
			if (!existing.contains(role.keycloakName())) {
				RoleRepresentation created = new RoleRepresentation();
				created.setName(role.keycloakName());
				created.setDescription(role.description());
				realm.roles().create(created);
				changes.add("role " + role.keycloakName() + " created");
			}
		}
		String defaults = "default-roles-" + this.properties.realm();
		boolean memberIsDefault = realm.roles()
			.get(defaults)
			.getRoleComposites()
			.stream()
			.anyMatch((role) -> Role.MEMBER.keycloakName().equals(role.getName()));
		if (!memberIsDefault) {
			realm.roles()
				.get(defaults)
				.addComposites(List.of(realm.roles().get(Role.MEMBER.keycloakName()).toRepresentation()));
			changes.add("role member made the default");
		}
	}

	private String ensureApiScope(RealmResource realm, List<String> changes) {
		String name = this.properties.apiAudience();
		Optional<ClientScopeRepresentation> existing = realm.clientScopes()
			.findAll()
			.stream()
			.filter((scope) -> name.equals(scope.getName()))
			.findFirst();
		if (existing.isPresent()) {
			return existing.get().getId();
		}
		ClientScopeRepresentation scope = new ClientScopeRepresentation();
		scope.setName(name);
		scope.setDescription("Impulsnetz JSON API: audience and realm roles in the token");
		scope.setProtocol("openid-connect");
		scope.setAttributes(Map.of("include.in.token.scope", "true", "display.on.consent.screen", "false"));
		scope.setProtocolMappers(List.of(
				mapper(API_SCOPE_AUDIENCE_MAPPER, "oidc-audience-mapper",
						Map.of("included.custom.audience", name, "access.token.claim", "true", "id.token.claim",
								"false")),
				mapper(API_SCOPE_ROLES_MAPPER, "oidc-usermodel-realm-role-mapper",
						Map.of("claim.name", "roles", "multivalued", "true", "jsonType.label", "String",
								"access.token.claim", "true", "id.token.claim", "true", "userinfo.token.claim",
								"true"))));
		String id = createdId(realm.clientScopes().create(scope));
		changes.add("client scope " + name + " created");
		return id;
	}

	private void ensureWebClient(RealmResource realm, String apiScope, List<String> changes) {
		List<String> appUrls = this.properties.provisioning().appUrls();
		List<String> redirectUris = appUrls.stream().map((url) -> url + "/login/oauth2/code/keycloak").toList();
		// Back-channel logout, not front-channel: Keycloak tells the app itself when a
		// login ends there, whether or not a browser is open.
		Map<String, String> attributes = new HashMap<>(Map.of("pkce.code.challenge.method", "S256",
				"post.logout.redirect.uris", String.join("##", appUrls.stream().map((url) -> url + "/*").toList()),
				"backchannel.logout.url", this.properties.provisioning().backChannelLogoutUrl(),
				"backchannel.logout.session.required", "true"));
		List<ClientRepresentation> found = realm.clients().findByClientId(this.properties.clientId());
		ClientResource client;
		if (found.isEmpty()) {
			ClientRepresentation created = new ClientRepresentation();
			created.setClientId(this.properties.clientId());
			created.setName("Impulsnetz");
			created.setProtocol("openid-connect");
			created.setPublicClient(false);
			created.setSecret(this.properties.clientSecret());
			created.setStandardFlowEnabled(true);
			created.setDirectAccessGrantsEnabled(false);
			created.setRedirectUris(redirectUris);
			created.setBaseUrl(this.properties.provisioning().appUrl());
			created.setWebOrigins(appUrls);
			created.setFrontchannelLogout(false);
			created.setAttributes(attributes);
			client = realm.clients().get(createdId(realm.clients().create(created)));
			changes.add("client " + this.properties.clientId() + " created");
		}
		else {
			ClientRepresentation representation = found.get(0);
			client = realm.clients().get(representation.getId());
			boolean current = Objects.equals(representation.getRedirectUris(), redirectUris)
					&& Objects.equals(representation.getBaseUrl(), this.properties.provisioning().appUrl())
					&& Boolean.FALSE.equals(representation.isFrontchannelLogout())
					&& Objects.equals(client.getSecret().getValue(), this.properties.clientSecret())
					&& attributes.entrySet()
						.stream()
						.allMatch(
								(entry) -> entry.getValue().equals(representation.getAttributes().get(entry.getKey())));
			if (!current) {
				representation.setRedirectUris(redirectUris);
				representation.setBaseUrl(this.properties.provisioning().appUrl());
				representation.setWebOrigins(appUrls);
				representation.setSecret(this.properties.clientSecret());
				representation.setFrontchannelLogout(false);
				representation.getAttributes().putAll(attributes);
				client.update(representation);
				changes.add("client " + this.properties.clientId() + " updated");
			}
		}
		if (client.getDefaultClientScopes().stream().noneMatch((scope) -> apiScope.equals(scope.getId()))) {
			client.addDefaultClientScope(apiScope);
			changes.add("client scope " + this.properties.apiAudience() + " granted to the web client");
		}
		ensureOptionalScope(realm, client, "organization", changes);
	}

	private void ensureOptionalScope(RealmResource realm, ClientResource client, String name, List<String> changes) {
		boolean granted = client.getOptionalClientScopes().stream().anyMatch((scope) -> name.equals(scope.getName()))
				|| client.getDefaultClientScopes().stream().anyMatch((scope) -> name.equals(scope.getName()));
		if (!granted) {
			String id = realm.clientScopes()
				.findAll()
				.stream()
				.filter((scope) -> name.equals(scope.getName()))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("Keycloak has no client scope '" + name + "'"))
				.getId();
			client.addOptionalClientScope(id);
			changes.add("client scope " + name + " offered to the web client");
		}
	}

	private void ensureDemoUser(RealmResource realm, DemoUser demo, List<String> changes) {
		List<UserRepresentation> found = realm.users().searchByUsername(demo.username(), true);
		String id;
		if (found.isEmpty()) {
			UserRepresentation user = new UserRepresentation();
			user.setUsername(demo.username());
			user.setEmail(demo.email());
			user.setFirstName(demo.firstName());
			user.setLastName(demo.lastName());
			user.setEnabled(true);
			user.setEmailVerified(true);
			CredentialRepresentation password = new CredentialRepresentation();
			password.setType(CredentialRepresentation.PASSWORD);
			password.setValue(DemoUser.PASSWORD);
			password.setTemporary(false);
			user.setCredentials(List.of(password));
			id = createdId(realm.users().create(user));
			changes.add("demo user " + demo.username() + " created");
		}
		else {
			id = found.get(0).getId();
		}
		Set<String> roles = realm.users()
			.get(id)
			.roles()
			.realmLevel()
			.listAll()
			.stream()
			.map(RoleRepresentation::getName)
			.collect(Collectors.toSet());
		if (!roles.contains(demo.role().keycloakName())) {
			realm.users()
				.get(id)
				.roles()
				.realmLevel()
				.add(List.of(realm.roles().get(demo.role().keycloakName()).toRepresentation()));
			changes.add("demo user " + demo.username() + " got role " + demo.role().keycloakName());
		}
		OrganizationRepresentation organization = organization(realm, demo.municipality())
			.orElseThrow(() -> new IllegalStateException("No organization for " + demo.municipality()));
		boolean member = realm.organizations()
			.get(organization.getId())
			.members()
			.search(demo.username(), true, 0, 5)
			.stream()
			.anyMatch((user) -> demo.username().equals(user.getUsername()));
		if (!member) {
			try (Response response = realm.organizations().get(organization.getId()).members().addMember(id)) {
				check(response, "add " + demo.username() + " to " + demo.municipality());
			}
			changes.add("demo user " + demo.username() + " joined " + demo.municipality());
		}
	}

	private static ProtocolMapperRepresentation mapper(String name, String type, Map<String, String> config) {
		ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
		mapper.setName(name);
		mapper.setProtocol("openid-connect");
		mapper.setProtocolMapper(type);
		mapper.setConfig(config);
		return mapper;
	}

	static String createdId(Response response) {
		try (response) {
			check(response, "create");
			return CreatedResponseUtil.getCreatedId(response);
		}
	}

	static void check(Response response, String what) {
		if (response.getStatus() >= 300) {
			String body = response.hasEntity() ? response.readEntity(String.class) : "";
			throw new IllegalStateException("Keycloak refused to " + what + ": " + response.getStatus() + " " + body);
		}
	}

}
