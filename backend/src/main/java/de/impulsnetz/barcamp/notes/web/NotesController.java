package de.impulsnetz.barcamp.notes.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.barcamp.EventDenied;
import de.impulsnetz.barcamp.EventRights;
import de.impulsnetz.barcamp.proposal.SessionProposal;
import de.impulsnetz.barcamp.notes.NoteConflict;
import de.impulsnetz.barcamp.notes.SessionNote;
import de.impulsnetz.barcamp.notes.SessionNotes;
import de.impulsnetz.barcamp.notes.SessionToPractice;
import de.impulsnetz.barcamp.personal.Stars;
import de.impulsnetz.barcamp.proposal.Proposals;
import de.impulsnetz.barcamp.web.EventViews.EventCard;
import de.impulsnetz.barcamp.web.EventViews.ProposalCard;
import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.identity.Member;
import de.impulsnetz.practice.PracticeDenied;
import de.impulsnetz.shared.text.Markdown;
import de.impulsnetz.shared.web.Notices;
import de.impulsnetz.shared.web.Pages;
import de.impulsnetz.talk.discovery.TalkLinks;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;

/**
 * A session's page with its shared notes, the event's documentation that collects them,
 * and turning a session into a draft Praxisbeispiel.
 */
@Controller
class NotesController {

	/**
	 * What a session's page confirms: saved notes at the notes, starring at its button.
	 */
	static final Notices NOTICES = Notices.at("notizen", Map.of("gespeichert", "barcamp.notes.saved"))
		.and("merken", Map.of("gemerkt", "barcamp.notice.starred", "nicht-gemerkt", "barcamp.notice.unstarred"));

	private final EventCalendar calendar;

	private final Proposals proposals;

	private final SessionNotes notes;

	private final SessionToPractice toPractice;

	private final CurrentMember currentMember;

	private final Markdown markdown;

	private final Stars stars;

	private final TalkLinks talks;

	NotesController(EventCalendar calendar, Proposals proposals, SessionNotes notes, SessionToPractice toPractice,
			CurrentMember currentMember, Markdown markdown, Stars stars, TalkLinks talks) {
		this.stars = stars;
		this.talks = talks;
		this.calendar = calendar;
		this.proposals = proposals;
		this.notes = notes;
		this.toPractice = toPractice;
		this.currentMember = currentMember;
		this.markdown = markdown;
	}

	@GetMapping("/veranstaltungen/{slug}/sessions/{proposal}")
	Mono<Rendering> session(@PathVariable String slug, @PathVariable("proposal") String proposalSlug,
			ServerHttpRequest request) {
		return page(slug, proposalSlug, null, (page) -> page.modelAttribute("notice", NOTICES.find(request)));
	}

	@PostMapping("/veranstaltungen/{slug}/sessions/{proposal}/notizen")
	Mono<Rendering> save(@PathVariable String slug, @PathVariable("proposal") String proposalSlug,
			@ModelAttribute NoteForm form) {
		if (form.text() != null && form.text().length() > NoteForm.MAX) {
			return page(slug, proposalSlug, form,
					(page) -> page.modelAttribute("noteError", "barcamp.notes.tooLong").status(HttpStatus.BAD_REQUEST));
		}
		return this.currentMember.required()
			.flatMap((member) -> session(slug, proposalSlug).flatMap((target) -> this.notes
				.save(target.event(), member, target.proposal(), (form.text() != null) ? form.text() : "",
						form.version())
				.map((saved) -> Rendering
					.redirectTo(
							Notices.redirect("/veranstaltungen/" + slug + "/sessions/" + proposalSlug, "gespeichert"))
					.build())
				.onErrorResume(NoteConflict.class,
						(conflict) -> page(slug, proposalSlug, form,
								(page) -> page.modelAttribute("noteConflict", NoteForm.of(conflict.current()))
									.status(HttpStatus.CONFLICT)))
				.onErrorResume(EventDenied.class,
						(denied) -> Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN)))));
	}

	/**
	 * @param version the notes' version the writer started from
	 */
	record NoteForm(@Size(max = MAX) @Nullable String text, @Nullable Long version) {

		/**
		 * The notes as someone else saved them.
		 */
		static NoteForm of(SessionNote note) {
			return new NoteForm(note.text(), note.version());
		}

		static final int MAX = 60_000;

	}

	@PostMapping("/veranstaltungen/{slug}/sessions/{proposal}/als-praxisbeispiel")
	Mono<Rendering> asPractice(@PathVariable String slug, @PathVariable("proposal") String proposalSlug) {
		return this.currentMember.required()
			.flatMap((member) -> session(slug, proposalSlug)
				.filter((target) -> mayTurnIntoPractice(member, target.event(), target.proposal()))
				.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN)))
				.flatMap((target) -> this.toPractice.draft(target.event(), target.proposal(), member)))
			.map((practice) -> Rendering.redirectTo("/praxis/" + practice.slug() + "/bearbeiten").build())
			.onErrorMap((failure) -> failure instanceof EventDenied || failure instanceof PracticeDenied,
					(denied) -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

	@GetMapping("/veranstaltungen/{slug}/dokumentation")
	Mono<Rendering> documentation(@PathVariable String slug) {
		return this.calendar.bySlug(slug)
			.switchIfEmpty(Pages.notFound())
			.flatMap((event) -> Mono
				.zip(this.proposals.open(slug).collectMap(SessionProposal::id, Function.identity()),
						this.notes.ofEvent(slug).collectList())
				.map((all) -> {
					List<DocumentedSession> sessions = all.getT2()
						.stream()
						.filter((note) -> all.getT1().containsKey(note.proposalId()) && !note.text().isBlank())
						.map((note) -> new DocumentedSession(ProposalCard.of(all.getT1().get(note.proposalId())),
								this.markdown.toHtml(note.text()), authors(note)))
						.sorted(Comparator.comparing((DocumentedSession d) -> d.proposal().title(),
								String.CASE_INSENSITIVE_ORDER))
						.toList();
					return Rendering.view("barcamp/documentation")
						.modelAttribute("event", EventCard.of(event))
						.modelAttribute("sessions", sessions)
						.build();
				}));
	}

	record DocumentedSession(ProposalCard proposal, String notesHtml, String authors) {

	}

	private record Target(Event event, SessionProposal proposal) {

	}

	private Mono<Target> session(String slug, String proposalSlug) {
		return this.calendar.bySlug(slug)
			.switchIfEmpty(Pages.notFound())
			.flatMap((event) -> this.proposals.bySlug(slug, proposalSlug)
				.filter(SessionProposal::isOpen)
				.switchIfEmpty(Pages.notFound())
				.map((proposal) -> new Target(event, proposal)));
	}

	private Mono<Rendering> page(String slug, String proposalSlug, @Nullable NoteForm typed,
			Function<Rendering.Builder<?>, Rendering.Builder<?>> more) {
		return this.currentMember.optional()
			.flatMap((member) -> session(slug, proposalSlug)
				.flatMap((target) -> Mono.zip(this.proposals.rights(target.event(), member.orElse(null)),
						this.notes.of(target.proposal().id()).map(Optional::of).defaultIfEmpty(Optional.empty()),
						member.map((m) -> this.stars.of(slug, m.id()).map(Optional::of))
							.orElse(Mono.just(Optional.empty())))
					.map((all) -> {
						SessionNote note = all.getT2().orElse(null);
						SessionProposal proposal = target.proposal();
						NoteForm form = (typed != null) ? typed : new NoteForm((note != null) ? note.text() : "",
								(note != null) ? note.version() : null);
						Rendering.Builder<?> page = Rendering.view("barcamp/session")
							.modelAttribute("event", EventCard.of(target.event()))
							.modelAttribute("proposal", ProposalCard.of(proposal))
							.modelAttribute("descriptionHtml", this.markdown.toHtml(proposal.description()))
							.modelAttribute("mayChange",
									member.map((m) -> EventRights.mayChange(m, target.event(), proposal)).orElse(false))
							.modelAttribute("notesHtml", (note != null) ? this.markdown.toHtml(note.text()) : "")
							.modelAttribute("noteAuthors", (note != null) ? authors(note) : "")
							.modelAttribute("takeNotes", all.getT1().takeNotes())
							.modelAttribute("starred",
									all.getT3().map((set) -> set.contains(proposal.id())).orElse(null))
							.modelAttribute("noteForm", form)
							.modelAttribute("impulses",
									this.talks.forSession(proposal.id(),
											proposal.title() + "\n\n" + proposal.description(), member.orElse(null)))
							.modelAttribute("mayTurnIntoPractice",
									member.map((m) -> mayTurnIntoPractice(m, target.event(), proposal)).orElse(false));
						return more.apply(page).build();
					})));
	}

	/**
	 * Members of the proposer's municipality; for proposals without one (the pinboard),
	 * the organisers, for their own municipality.
	 */
	private static boolean mayTurnIntoPractice(Member member, Event event, SessionProposal proposal) {
		if (proposal.municipality() != null) {
			return member.belongsTo(proposal.municipality());
		}
		return EventRights.isOrganiser(member, event) && member.municipality() != null;
	}

	private static String authors(SessionNote note) {
		return note.authors().stream().map(SessionNote.NoteAuthor::name).collect(Collectors.joining(", "));
	}

}
