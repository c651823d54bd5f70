package de.impulsnetz.practice.authoring;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.Members;
import de.impulsnetz.PageClient;
import de.impulsnetz.identity.Member;
import de.impulsnetz.practice.Practice;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person sees after acting on a case: the confirmation next to the action and the
 * redirect ending in it, one banner after submitting, an error summary that counts and
 * links, the editors' review count, and publishing that asks first.
 */
@IntegrationTest
class PracticeFeedbackPatternTests {

	private static final String MESSAGE = "id=\"meldung\"";

	private final PageClient pages;

	PracticeFeedbackPatternTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
	}

	@Autowired
	PracticeAuthoring authoring;

	@Test
	void theErrorSummarySaysHowManyEntriesNeedAttentionAndLinksToEachField() {
		MultiValueMap<String, String> form = PracticeEditorTests.form("", "Text, der bleibt.");
		form.remove("channels");
		// A field with two problems (too long and no https:// address) is one entry.
		form.add("links[0].title", "Ein Link");
		form.add("links[0].url", "x".repeat(600));
		String page = this.pages.post(Members.STEINFURT, "/praxis/neu", form, HttpStatus.BAD_REQUEST);
		String summary = page.substring(page.indexOf("id=\"fehler-uebersicht\""));
		summary = summary.substring(0, summary.indexOf("</ul>"));
		Matcher heading = Pattern.compile("(\\d+) Angaben brauchen Ihre Aufmerksamkeit").matcher(summary);
		assertThat(heading.find()).as("heading with the count in %s", summary).isTrue();
		List<String> links = Pattern.compile("href=\"#([^\"]+)\"")
			.matcher(summary)
			.results()
			.map((m) -> m.group(1))
			.toList();
		assertThat(links).contains("title", "channels").hasSize(Integer.parseInt(heading.group(1)));
		assertThat(links).doesNotHaveDuplicates().containsOnlyOnce("links[0].url");
		String twoProblems = summary.substring(summary.indexOf("href=\"#links[0].url\""));
		assertThat(twoProblems.substring(0, twoProblems.indexOf("</a>"))).contains("Dieser Text ist zu lang.",
				"Bitte geben Sie eine vollständige Adresse an");
		for (String field : links) {
			assertThat(page).as("the field the summary links to").contains("id=\"" + field + "\"");
		}
		// Focused on load (js/feedback.js) and announced.
		assertThat(summary).contains("role=\"alert\"", "tabindex=\"-1\"", "data-feedback");
		assertThat(page).contains("/js/feedback-");
	}

	@Test
	void oneMissingEntryIsCountedInTheSingular() {
		MultiValueMap<String, String> form = PracticeEditorTests.form("Nur ohne Kanal", "Text.");
		form.remove("channels");
		String page = this.pages.post(Members.STEINFURT, "/praxis/neu", form, HttpStatus.BAD_REQUEST);
		assertThat(page).contains("Eine Angabe braucht Ihre Aufmerksamkeit").contains("href=\"#channels\"");
	}

	@Test
	void submittingEndsInOneBannerThatTheRedirectScrollsTo() {
		MultiValueMap<String, String> form = PracticeEditorTests.form("Ein Banner nach dem Einreichen", "Text.");
		form.add("action", "einreichen");
		String location = redirect(Members.STEINFURT, "/praxis/neu", form);
		assertThat(location).isEqualTo("/praxis/ein-banner-nach-dem-einreichen?eingereicht#meldung");
		String page = this.pages.get(Members.STEINFURT, "/praxis/ein-banner-nach-dem-einreichen?eingereicht",
				HttpStatus.OK);
		assertThat(page).containsOnlyOnce(MESSAGE).containsOnlyOnce("Die Redaktion prüft");
		String message = page.substring(page.indexOf(MESSAGE), page.indexOf(">", page.indexOf(MESSAGE)));
		assertThat(message).contains("role=\"status\"", "tabindex=\"-1\"", "data-feedback");
		// Without a confirmation the case says where it stands.
		assertThat(this.pages.get(Members.STEINFURT, "/praxis/ein-banner-nach-dem-einreichen", HttpStatus.OK))
			.doesNotContain(MESSAGE)
			.contains("Die Redaktion prüft diesen Beitrag; veröffentlicht ist er noch nicht.");
	}

	@Test
	void savingADraftConfirmsItAndStillSaysWhoSeesIt() {
		Practice draft = this.authoring
			.create(Members.STEINFURT,
					PracticeAuthoringTests.content("Gespeichert, noch Entwurf", List.of("kreis-steinfurt")))
			.block();
		String page = this.pages.get(Members.STEINFURT, "/praxis/" + draft.slug() + "?gespeichert", HttpStatus.OK);
		assertThat(page).containsOnlyOnce(MESSAGE)
			.contains("Gespeichert.", "Nur Ihre Kommune und die Redaktion sehen diesen Beitrag.");
	}

	@Test
	void helpfulIsConfirmedAtTheFeedbackAndWatchingAtTheQuestions() {
		Practice practice = PracticeAuthoringTests.published(this.authoring, "Bestätigt an Ort und Stelle");
		String path = "/praxis/" + practice.slug();
		assertThat(redirect(Members.ALTENA, path + "/hilfreich", wert("ja"))).isEqualTo(path + "?hilfreich#meldung");
		String page = this.pages.get(Members.ALTENA, path + "?hilfreich", HttpStatus.OK);
		assertThat(page).containsOnlyOnce(MESSAGE).contains("Sie haben diesen Beitrag als hilfreich markiert.");
		int message = page.indexOf(MESSAGE);
		assertThat(message).isGreaterThan(page.indexOf("id=\"rueckmeldung\""))
			.isLessThan(page.indexOf("id=\"fragen\""));

		// Watching needs an email address.
		assertThat(redirect(Members.ORGANISER, path + "/beobachten", wert("ja")))
			.isEqualTo(path + "?beobachtet#meldung");
		page = this.pages.get(Members.ORGANISER, path + "?beobachtet", HttpStatus.OK);
		assertThat(page.indexOf(MESSAGE)).isGreaterThan(page.indexOf("id=\"fragen\""));
		assertThat(page).contains("Sie bekommen jetzt eine E-Mail");
	}

	@Test
	void editorsSeeHowManyCasesWaitAndMembersSeeNoCount() {
		Practice draft = this.authoring
			.create(Members.STEINFURT,
					PracticeAuthoringTests.content("Wartet auf die Redaktion", List.of("kreis-steinfurt")))
			.block();
		this.authoring.submit(draft.slug(), Members.STEINFURT).block();
		long waiting = this.authoring.waitingForReview().block();
		assertThat(waiting).isPositive();
		String editor = this.pages.get(Members.EDITOR, "/praxis", HttpStatus.OK);
		assertThat(editor).contains("id=\"pruefen-link\" href=\"/praxis/in-arbeit\"")
			.contains((waiting == 1) ? "Ein Beitrag wartet auf Prüfung" : waiting + " Beiträge warten auf Prüfung");
		assertThat(this.pages.get(Members.STEINFURT, "/praxis", HttpStatus.OK)).doesNotContain("pruefen-link");
		assertThat(this.pages.get(null, "/praxis", HttpStatus.OK)).doesNotContain("pruefen-link");
	}

	@Test
	void theReviewActionsComeFirstAndPublishingAsksBeforeItPublishes() {
		Practice draft = this.authoring
			.create(Members.STEINFURT,
					PracticeAuthoringTests.content("Erst fragen, dann veröffentlichen", List.of("kreis-steinfurt")))
			.block();
		this.authoring.submit(draft.slug(), Members.STEINFURT).block();
		String path = "/praxis/" + draft.slug();
		String page = this.pages.get(Members.EDITOR, path, HttpStatus.OK);
		assertThat(page.indexOf("id=\"pruefung\"")).isPositive().isLessThan(page.indexOf("class=\"prose\""));
		assertThat(page).contains("method=\"get\" action=\"" + path + "/veroeffentlichen\"");

		String confirm = this.pages.get(Members.EDITOR, path + "/veroeffentlichen?revision=1", HttpStatus.OK);
		assertThat(confirm).contains("Wirklich veröffentlichen?", "Ja, jetzt veröffentlichen",
				"method=\"post\" action=\"" + path + "/veroeffentlichen\"", "name=\"revision\" value=\"1\"");
		// Asking published nothing.
		this.pages.anonymous().get().uri(path).exchange().expectStatus().isNotFound();
		this.pages.get(Members.STEINFURT, path + "/veroeffentlichen?revision=1", HttpStatus.FORBIDDEN);

		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("revision", "1");
		assertThat(redirect(Members.EDITOR, path + "/veroeffentlichen", form))
			.isEqualTo(path + "?veroeffentlicht#meldung");
		this.pages.anonymous().get().uri(path).exchange().expectStatus().isOk();
	}

	private static MultiValueMap<String, String> wert(String value) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("wert", value);
		return form;
	}

	private String redirect(Member member, String path, MultiValueMap<String, String> form) {
		return this.pages.redirect(member, path, form);
	}

}
