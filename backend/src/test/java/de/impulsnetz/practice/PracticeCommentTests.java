package de.impulsnetz.practice;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.identity.Member;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Questions to the authors: answered by them, sanitised, limited in rate, reported by
 * members and hidden by editors.
 */
@IntegrationTest
class PracticeCommentTests {

	private static final String CASE = "stellenanzeigen-als-humorvolle-videos";

	@Autowired
	ApplicationContext context;

	@Autowired
	PracticeComments comments;

	WebTestClient client;

	@BeforeEach
	void bindToTheApplication() {
		this.client = WebTestClient.bindToApplicationContext(this.context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.build();
	}

	@Test
	void aMemberAsksAndTheAuthorsAnswerSanitised() {
		Comment question = this.comments
			.write(CASE, Members.ALTENA, "Wie lange dauert ein Dreh? <script>alert(1)</script>", null)
			.block();
		assertThat(question.byAuthors()).isFalse();
		// Kreis Minden-Lübbecke wrote the case: Rita answers as its author.
		Comment answer = this.comments.write(CASE, Members.EDITOR, "Etwa **zwei Stunden**.", question.id()).block();
		assertThat(answer.byAuthors()).isTrue();
		String page = page(null);
		assertThat(page).contains("Wie lange dauert ein Dreh?", "<strong>zwei Stunden</strong>", "Autorenteam")
			.doesNotContain("<script>alert(1)</script>");
	}

	@Test
	void tooManyCommentsInShortTimeAreRefusedAndTheTextIsKept() {
		Member writer = Members.STEINFURT_COLLEAGUE;
		for (int i = 0; i < PracticeComments.PER_WINDOW; i++) {
			post(writer, "/praxis/" + CASE + "/fragen", form("Frage Nummer " + i), HttpStatus.SEE_OTHER);
		}
		String page = post(writer, "/praxis/" + CASE + "/fragen", form("Meine sechste, lange Frage"),
				HttpStatus.TOO_MANY_REQUESTS);
		assertThat(page).contains("Bitte warten Sie ein paar Minuten", "Meine sechste, lange Frage");
		assertThat(post(Members.STEINFURT, "/praxis/" + CASE + "/fragen", form("   "), HttpStatus.BAD_REQUEST))
			.contains("höchstens 4.000 Zeichen");
	}

	@Test
	void membersReportAndEditorsHide() {
		Comment rude = this.comments.write(CASE, Members.STEINFURT, "Unfreundlicher Beitrag", null).block();
		post(Members.ALTENA, "/praxis/" + CASE + "/fragen/" + rude.id() + "/melden", new LinkedMultiValueMap<>(),
				HttpStatus.SEE_OTHER);
		post(Members.ALTENA, "/praxis/" + CASE + "/fragen/" + rude.id() + "/ausblenden", form("ja"),
				HttpStatus.FORBIDDEN);
		assertThat(page(Members.SECOND_EDITOR)).contains("eine Meldung");
		MultiValueMap<String, String> hide = new LinkedMultiValueMap<>();
		hide.add("wert", "ja");
		post(Members.SECOND_EDITOR, "/praxis/" + CASE + "/fragen/" + rude.id() + "/ausblenden", hide,
				HttpStatus.SEE_OTHER);
		assertThat(page(null)).doesNotContain("Unfreundlicher Beitrag");
		assertThat(page(Members.SECOND_EDITOR)).contains("Unfreundlicher Beitrag", "von der Redaktion ausgeblendet");
	}

	private String page(Member member) {
		WebTestClient client = (member != null) ? this.client.mutateWith(SignedIn.as(member)) : this.client;
		return client.get().uri("/praxis/" + CASE).exchange().expectBody(String.class).returnResult().getResponseBody();
	}

	private String post(Member member, String path, MultiValueMap<String, String> form, HttpStatus status) {
		return this.client.mutateWith(SignedIn.as(member))
			.mutateWith(csrf())
			.post()
			.uri(path)
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static MultiValueMap<String, String> form(String text) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("text", text);
		return form;
	}

}
