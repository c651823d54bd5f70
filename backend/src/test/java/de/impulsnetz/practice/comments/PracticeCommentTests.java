package de.impulsnetz.practice.comments;

import de.impulsnetz.Members;
import de.impulsnetz.IntegrationTest;
import de.impulsnetz.PageClient;
import de.impulsnetz.identity.Member;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Questions to the authors: answered by them, sanitised, limited in rate, reported by
 * members and hidden by editors.
 */
@IntegrationTest
class PracticeCommentTests {

	private final PageClient pages;

	PracticeCommentTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
	}

	private static final String CASE = "stellenanzeigen-als-humorvolle-videos";

	@Autowired
	PracticeComments comments;

	@Test
	void aMemberAsksAndTheAuthorsAnswerSanitised() {
		Comment question = this.comments
			.write(CASE, Members.ALTENA, "Wie lange dauert ein Dreh? <script>alert(1)</script>", null)
			.block();
		assertThat(question.byAuthors()).isFalse();
		// Kreis Minden-Lübbecke wrote the case: Rita answers as its author.
		Comment answer = this.comments.write(CASE, Members.EDITOR, "Etwa **zwei Stunden**.", question.id()).block();
		assertThat(answer.byAuthors()).isTrue();
		String page = this.pages.get(null, "/praxis/" + CASE, HttpStatus.OK);
		assertThat(page).contains("Wie lange dauert ein Dreh?", "<strong>zwei Stunden</strong>", "Autorenteam")
			.doesNotContain("<script>alert(1)</script>");
	}

	@Test
	void tooManyCommentsInShortTimeAreRefusedAndTheTextIsKept() {
		Member writer = Members.STEINFURT_COLLEAGUE;
		for (int i = 0; i < PracticeComments.PER_WINDOW; i++) {
			this.pages.post(writer, "/praxis/" + CASE + "/fragen", form("Frage Nummer " + i), HttpStatus.SEE_OTHER);
		}
		String page = this.pages.post(writer, "/praxis/" + CASE + "/fragen", form("Meine sechste, lange Frage"),
				HttpStatus.TOO_MANY_REQUESTS);
		assertThat(page).contains("Bitte warten Sie ein paar Minuten", "Meine sechste, lange Frage");
		assertThat(
				this.pages.post(Members.STEINFURT, "/praxis/" + CASE + "/fragen", form("   "), HttpStatus.BAD_REQUEST))
			.contains("höchstens 4.000 Zeichen");
	}

	@Test
	void membersReportAndEditorsHide() {
		Comment rude = this.comments.write(CASE, Members.STEINFURT, "Unfreundlicher Beitrag", null).block();
		this.pages.post(Members.ALTENA, "/praxis/" + CASE + "/fragen/" + rude.id() + "/melden",
				new LinkedMultiValueMap<>(), HttpStatus.SEE_OTHER);
		this.pages.post(Members.ALTENA, "/praxis/" + CASE + "/fragen/" + rude.id() + "/ausblenden", form("ja"),
				HttpStatus.FORBIDDEN);
		assertThat(this.pages.get(Members.SECOND_EDITOR, "/praxis/" + CASE, HttpStatus.OK)).contains("eine Meldung");
		MultiValueMap<String, String> hide = new LinkedMultiValueMap<>();
		hide.add("wert", "ja");
		this.pages.post(Members.SECOND_EDITOR, "/praxis/" + CASE + "/fragen/" + rude.id() + "/ausblenden", hide,
				HttpStatus.SEE_OTHER);
		assertThat(this.pages.get(null, "/praxis/" + CASE, HttpStatus.OK)).doesNotContain("Unfreundlicher Beitrag");
		assertThat(this.pages.get(Members.SECOND_EDITOR, "/praxis/" + CASE, HttpStatus.OK))
			.contains("Unfreundlicher Beitrag", "von der Redaktion ausgeblendet");
	}

	private static MultiValueMap<String, String> form(String text) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("text", text);
		return form;
	}

}
