package de.impulsnetz.practice.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.identity.Member;
import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.practice.Practice;
import de.impulsnetz.practice.authoring.PracticeAuthoring;
import de.impulsnetz.practice.comments.CommentInvalid;
import de.impulsnetz.practice.comments.CommentLimitReached;
import de.impulsnetz.practice.PracticeCatalog;
import de.impulsnetz.practice.PracticeFiles;
import de.impulsnetz.practice.PracticeFilter;
import de.impulsnetz.practice.PracticeRights;
import de.impulsnetz.practice.PracticeSearchSource;
import de.impulsnetz.practice.comments.PracticeComments;
import de.impulsnetz.practice.feedback.PracticeFeedback;
import de.impulsnetz.practice.watches.PracticeWatches;
import de.impulsnetz.practice.watches.Watch;
import de.impulsnetz.search.Search;
import de.impulsnetz.search.SearchHit;
import de.impulsnetz.shared.Berlin;
import de.impulsnetz.shared.text.Markdown;
import de.impulsnetz.shared.web.Notice;
import de.impulsnetz.shared.web.Notices;
import de.impulsnetz.shared.web.PageLinks;
import de.impulsnetz.shared.web.PageMeta;
import de.impulsnetz.shared.web.Pages;
import de.impulsnetz.shared.PublicUrl;
import de.impulsnetz.talk.discovery.TalkLink;
import de.impulsnetz.talk.discovery.TalkLinks;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.http.server.reactive.ServerHttpRequest;

@Controller
class PracticeController {

	/** Cases per page of /praxis. */
	static final int PAGE_SIZE = 20;

	private static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown;charset=UTF-8");

	/**
	 * What the page confirms after an action (…?gespeichert), and where: workflow steps
	 * at the review actions on top, "Hilfreich" at the feedback, questions and watching
	 * at the questions.
	 */
	static final Notices NOTICES = Notices
		.at("status", Map.of("eingereicht", "practice.flash.submitted", "zurueckgegeben", "practice.flash.sentBack"))
		.and("pruefung",
				Map.of("gespeichert", "practice.flash.saved", "veroeffentlicht", "practice.flash.published",
						"zur-pruefung", "practice.flash.changeSaved", "verworfen", "practice.flash.changeDiscarded",
						"aenderung-zurueckgegeben", "practice.flash.changeSentBack"))
		.and("rueckmeldung",
				Map.of("hilfreich", "feedback.practice.helpful", "nicht-hilfreich", "feedback.practice.notHelpful",
						"uebernommen", "feedback.practice.adopted", "nicht-uebernommen",
						"feedback.practice.notAdopted"))
		.and("fragen",
				Map.of("gemeldet", "practice.flash.reported", "beobachtet", "feedback.practice.watched",
						"nicht-beobachtet", "feedback.practice.unwatched", "ausgeblendet", "feedback.practice.hidden",
						"eingeblendet", "feedback.practice.shown"));

	private final PracticeCatalog catalog;

	private final PracticeAuthoring authoring;

	private final MunicipalityDirectory directory;

	private final CurrentMember currentMember;

	private final Markdown markdown;

	private final PracticeFeedback feedback;

	private final PracticeComments comments;

	private final PracticeWatches watches;

	private final Search search;

	private final TalkLinks talks;

	/** The public address, for the canonical link and what social networks show. */
	private final String baseUrl;

	PracticeController(PracticeCatalog catalog, PracticeAuthoring authoring, MunicipalityDirectory directory,
			CurrentMember currentMember, Markdown markdown, PracticeFeedback feedback, PracticeComments comments,
			PracticeWatches watches, Search search, TalkLinks talks, PublicUrl baseUrl) {
		this.watches = watches;
		this.talks = talks;
		this.search = search;
		this.baseUrl = baseUrl.base();
		this.feedback = feedback;
		this.comments = comments;
		this.catalog = catalog;
		this.authoring = authoring;
		this.directory = directory;
		this.currentMember = currentMember;
		this.markdown = markdown;
	}

	/**
	 * The knowledge base with facets (channel, topic, municipality, institution kind,
	 * region) and their counts, and a choice of order, {@value #PAGE_SIZE} cases a page.
	 * A plain GET form: works without JavaScript, and every filtered view and page has
	 * its own address.
	 */
	@GetMapping("/praxis")
	Mono<Rendering> list(@ModelAttribute PracticeQuery query, ServerHttpRequest request) {
		Mono<Boolean> watched = this.currentMember.get()
			.flatMap((member) -> query.watchable()
				.map((target) -> this.watches.isWatching(member, target.getKey(), target.getValue()))
				.orElse(Mono.just(false)))
			.defaultIfEmpty(false);
		return Mono.zip(municipalities(), found(query), watched).map((loaded) -> {
			Map<String, Municipality> known = loaded.getT1();
			List<Practice> matching = query.apply(loaded.getT2(), known);
			PageLinks paging = PageLinks.of(query.seite(), matching.size(), PAGE_SIZE, request);
			List<PracticeCard> cards = paging.slice(matching)
				.stream()
				.map((practice) -> PracticeCard.of(practice, known))
				.toList();
			return Rendering.view("practice/list")
				.modelAttribute("practices", cards)
				.modelAttribute("total", matching.size())
				.modelAttribute("paging", paging)
				.modelAttribute("query", query)
				.modelAttribute("facets", FacetView.of(query, query.counts(loaded.getT2(), known), known))
				.modelAttribute("watched", loaded.getT3())
				.build();
		});
	}

	/**
	 * The published cases, or with words to look for those the site's search finds (the
	 * catalog's search, as for the API); the facets then narrow these.
	 */
	private Mono<List<Practice>> found(PracticeQuery query) {
		return (query.hasText() ? this.catalog.search(query.suche().strip(), PracticeFilter.NONE)
				: this.catalog.published())
			.collectList();
	}

	/**
	 * A case page. Readers see published cases; the authors' municipality and the editors
	 * also see drafts and submitted cases, with the workflow buttons they may use.
	 */
	@GetMapping("/praxis/{slug}")
	Mono<Rendering> show(@PathVariable String slug, ServerWebExchange exchange) {
		MultiValueMap<String, String> query = exchange.getRequest().getQueryParams();
		Notice notice = NOTICES.find(exchange.getRequest());
		boolean commentMissing = query.containsKey("kommentar-fehlt");
		boolean changedSinceReview = query.containsKey("neuere-fassung");
		return this.currentMember.optional()
			.flatMap((member) -> this.authoring.read(slug, member.orElse(null))
				.switchIfEmpty(Pages.notFound())
				.flatMap((practice) -> page(practice, member.orElse(null))))
			.map((page) -> {
				if (notice != null) {
					page.modelAttribute("notice", notice);
				}
				return page.modelAttribute("commentMissing", commentMissing)
					.modelAttribute("changedSinceReview", changedSinceReview)
					.modelAttribute("commentForm", CommentForm.EMPTY)
					.build();
			});
	}

	/**
	 * A question to the authors or an answer. When it cannot be taken (empty, too long,
	 * too many in a short time) the page says why and the text stays in the form.
	 */
	@PostMapping("/praxis/{slug}/fragen")
	Mono<Rendering> ask(@PathVariable String slug, @ModelAttribute CommentForm form) {
		String text = (form.text() != null) ? form.text() : "";
		return this.currentMember.required()
			.flatMap((member) -> this.comments.write(slug, member, text, form.answerTo())
				.map((comment) -> Rendering.redirectTo("/praxis/" + slug + "#kommentar-" + comment.id()).build())
				.onErrorResume(CommentLimitReached.class,
						(limit) -> again(slug, member, form, "practice.comments.tooMany", HttpStatus.TOO_MANY_REQUESTS))
				.onErrorResume(CommentInvalid.class,
						(empty) -> again(slug, member, form, "practice.comments.length", HttpStatus.BAD_REQUEST)))
			.onErrorMap(PracticeWebErrors::toStatus);
	}

	private Mono<Rendering> again(String slug, Member member, CommentForm form, String problem, HttpStatus status) {
		return this.authoring.read(slug, member)
			.switchIfEmpty(Pages.notFound())
			.flatMap((practice) -> page(practice, member))
			.map((page) -> page.modelAttribute("commentForm", form)
				.modelAttribute("commentProblem", problem)
				.modelAttribute("commentMissing", false)
				.modelAttribute("changedSinceReview", false)
				.status(status)
				.build());
	}

	private Mono<Rendering.Builder<?>> page(Practice practice, @Nullable Member member) {
		return Mono
			.zip(municipalities(), this.catalog.related(practice, 3).collectList(),
					this.feedback.summary(practice, member),
					this.comments.of(practice, member != null && PracticeRights.isReviewer(member)).collectList(),
					(member != null) ? this.watches.isWatching(member, Watch.Kind.CASE, practice.slug())
							: Mono.just(false),
					inspiringTalk(practice), talksOnTheTopic(practice, member))
			.map((loaded) -> {
				Map<String, Municipality> known = loaded.getT1();
				PracticeFeedback.Summary reactions = loaded.getT3();
				PracticeRights rights = PracticeRights.of(member, practice);
				return Rendering.view("practice/detail")
					.modelAttribute("reactions", reactions)
					.modelAttribute("practiceWatched", loaded.getT5())
					.modelAttribute("questions", CommentView.threads(loaded.getT4(), known, this.markdown))
					.modelAttribute("moderator", member != null && PracticeRights.isReviewer(member))
					.modelAttribute("adoptedBy", MunicipalityRef.of(reactions.adoptedBy(), known))
					.modelAttribute("related",
							loaded.getT2().stream().map((other) -> PracticeCard.of(other, known)).toList())
					.modelAttribute("practice",
							PracticePage.of(practice, known, this.markdown.toHtml(practice.content().body())))
					.modelAttribute("status", practice.status())
					.modelAttribute("reviewComment", practice.reviewComment())
					.modelAttribute("rights", rights)
					.modelAttribute("review", ReviewView.of(practice, rights))
					.modelAttribute("pageMeta", meta(practice, known))
					.modelAttribute("inspiredBy", loaded.getT6().orElse(null))
					.modelAttribute("impulses", loaded.getT7());
			});
	}

	/**
	 * "Impulse zum Thema": the talk the case names and the talks whose pages list the
	 * case, as the talk module decides, for this reader. Talk pages list only published
	 * cases, so a draft looks for none by topic.
	 */
	private Mono<List<TalkLink>> talksOnTheTopic(Practice practice, @Nullable Member member) {
		var content = practice.content();
		String text = practice.isPublished() ? String.join("\n\n", content.title(), content.teaser(),
				String.join(" · ", content.topics()), content.body()) : "";
		return this.talks.forCase(practice.slug(), text, content.inspiredBy(), member);
	}

	/**
	 * The talk the case names as its inspiration, with its title from the search index:
	 * empty when it names none or the talk is not public (anymore).
	 */
	private Mono<Optional<SearchHit>> inspiringTalk(Practice practice) {
		String talk = practice.content().inspiredBy();
		if (talk == null) {
			return Mono.just(Optional.empty());
		}
		return this.search.find(PracticeSearchSource.TALK_KIND, talk)
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty());
	}

	/**
	 * The case as a Markdown file with the front matter of {@code content/praxis}:
	 * dropped into that folder it imports as the same case.
	 */
	@GetMapping("/praxis/{slug}.md")
	Mono<ResponseEntity<String>> markdown(@PathVariable String slug) {
		return this.currentMember.optional()
			.flatMap((member) -> this.authoring.read(slug, member.orElse(null)))
			.switchIfEmpty(Pages.notFound())
			.map((practice) -> ResponseEntity.ok()
				.contentType(MARKDOWN)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(slug + ".md").build().toString())
				.body(PracticeFiles.write(practice)));
	}

	private PageMeta meta(Practice practice, Map<String, Municipality> known) {
		String url = this.baseUrl + "/praxis/" + practice.slug();
		List<String> authors = MunicipalityRef.of(practice.content().municipalities(), known)
			.stream()
			.map(MunicipalityRef::name)
			.toList();
		return PageMeta.article(practice.title(), practice.teaser(), url, practice.publishedAt(), practice.editedAt(),
				authors, practice.content().topics());
	}

	private Mono<Map<String, Municipality>> municipalities() {
		return this.directory.all().collectMap(Municipality::slug);
	}

}
