package de.impulsnetz.identity.web;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.Members;
import de.impulsnetz.PageClient;
import de.impulsnetz.identity.Member;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whoever is invited reads and writes as the municipality: organisers invite into their
 * own only, admins into any. Keycloak is down in these tests, so an invitation that is
 * allowed ends in the "not sent" page (502), one that is not never gets that far (403).
 */
@IntegrationTest
public class InvitationRightsTests {

	@Autowired
	ApplicationContext context;

	private PageClient pages;

	@BeforeEach
	void pages() {
		this.pages = new PageClient(this.context);
	}

	@Test
	void anOrganiserInvitesIntoTheirOwnMunicipality() {
		this.pages.get(Members.ORGANISER, "/kommunen/stadt-altena/einladen", HttpStatus.OK);
		this.pages.post(Members.ORGANISER, "/kommunen/stadt-altena/einladen", invitation(), HttpStatus.BAD_GATEWAY);
	}

	@Test
	void anOrganiserDoesNotInviteIntoAnotherMunicipality() {
		this.pages.get(Members.ORGANISER, "/kommunen/kreis-steinfurt/einladen", HttpStatus.FORBIDDEN);
		String page = this.pages.post(Members.ORGANISER, "/kommunen/kreis-steinfurt/einladen", invitation(),
				HttpStatus.FORBIDDEN);
		assertThat(page).contains("Dafür fehlt Ihnen die Berechtigung");
	}

	@Test
	void theMunicipalityPageOffersInvitationsOnlyWhereTheyAreAllowed() {
		assertThat(this.pages.get(Members.ORGANISER, "/kommunen/stadt-altena", HttpStatus.OK))
			.contains("/kommunen/stadt-altena/einladen");
		assertThat(this.pages.get(Members.ORGANISER, "/kommunen/kreis-steinfurt", HttpStatus.OK))
			.doesNotContain("/einladen");
		assertThat(this.pages.get(Members.ADMIN, "/kommunen/stadt-altena", HttpStatus.OK))
			.contains("/kommunen/stadt-altena/einladen");
	}

	@Test
	void anAdminInvitesIntoAnyMunicipality() {
		Member admin = Members.ADMIN;
		assertThat(admin.municipality()).isNotEqualTo("stadt-altena");
		this.pages.get(admin, "/kommunen/stadt-altena/einladen", HttpStatus.OK);
		this.pages.post(admin, "/kommunen/stadt-altena/einladen", invitation(), HttpStatus.BAD_GATEWAY);
	}

	@Test
	void aMemberInvitesNowhere() {
		this.pages.post(Members.STEINFURT, "/kommunen/kreis-steinfurt/einladen", invitation(), HttpStatus.FORBIDDEN);
	}

	/**
	 * A filled-in invitation form.
	 */
	public static MultiValueMap<String, String> invitation() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("email", "neu@example.org");
		form.add("firstName", "Erika");
		form.add("lastName", "Eingeladen");
		return form;
	}

}
