package de.impulsnetz.distribution.web;

import java.util.List;
import java.util.Map;

import de.impulsnetz.distribution.Delivery;
import de.impulsnetz.distribution.Distribution;
import de.impulsnetz.distribution.Distribution.Thread;
import de.impulsnetz.distribution.DistributionRefused;
import de.impulsnetz.distribution.ListMessage;
import de.impulsnetz.distribution.Subscriptions;
import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.identity.Member;
import de.impulsnetz.shared.text.Markdown;
import de.impulsnetz.shared.web.Notices;
import de.impulsnetz.shared.web.Pages;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;

/**
 * The Verteiler's pages. Every rule is the service's ({@link Distribution},
 * {@link Subscriptions}); a text the service does not take comes back in the form with
 * the reason, everything else ends on the error page of its status.
 */
@Controller
class DistributionController {

	private static final String FORM = "messageForm";

	private static final Notices NOTICES = Notices.at("verteiler",
			Map.of("gesendet", "distribution.notice.sent", "beantwortet", "distribution.notice.replied", "gemeldet",
					"distribution.notice.reported", "ausgeblendet", "distribution.notice.hidden", "eingeblendet",
					"distribution.notice.shown", "gespeichert", "distribution.notice.saved"));

	private final Distribution distribution;

	private final Subscriptions subscriptions;

	private final DistributionFragment fragment;

	private final CurrentMember currentMember;

	private final Markdown markdown;

	DistributionController(Distribution distribution, Subscriptions subscriptions, DistributionFragment fragment,
			CurrentMember currentMember, Markdown markdown) {
		this.distribution = distribution;
		this.subscriptions = subscriptions;
		this.fragment = fragment;
		this.currentMember = currentMember;
		this.markdown = markdown;
	}

	@GetMapping("/verteiler/{key}")
	Mono<Rendering> list(@PathVariable String key, @RequestParam(required = false) @Nullable String seite,
			ServerHttpRequest request) {
		return this.currentMember.required()
			.flatMap((member) -> listPage(key, member, seite, MessageForm.EMPTY, request))
			.map(Rendering.Builder::build);
	}

	@PostMapping("/verteiler/{key}/nachrichten")
	Mono<Rendering> post(@PathVariable String key, @Valid @ModelAttribute(FORM) MessageForm form, BindingResult errors,
			ServerHttpRequest request) {
		return this.currentMember.required().flatMap((member) -> {
			if (errors.hasErrors()) {
				return listPage(key, member, null, form, request)
					.map((page) -> page.status(HttpStatus.BAD_REQUEST).build());
			}
			return this.distribution.post(key, member, form.title(), form.text(), null)
				.map((sent) -> Rendering.redirectTo(Notices.redirect("/verteiler/" + key, "gesendet")).build())
				.onErrorResume(DistributionFragment::concernsTheText,
						(refused) -> listPage(key, member, null, form, request)
							.map((page) -> refusedText(page, errors, (DistributionRefused) refused)));
		});
	}

	private Mono<Rendering.Builder<?>> listPage(String key, Member member, @Nullable String seite, MessageForm form,
			ServerHttpRequest request) {
		return this.fragment.board(key, member, seite, request)
			.map((board) -> Rendering.view("distribution/list")
				.modelAttribute(DistributionFragment.MODEL, board)
				.modelAttribute(FORM, form)
				.modelAttribute("notice", NOTICES.find(request)));
	}

	@GetMapping("/verteiler/{key}/nachrichten/{id}")
	Mono<Rendering> message(@PathVariable String key, @PathVariable String id, ServerHttpRequest request) {
		return this.currentMember.required()
			.flatMap((member) -> threadPage(key, id, member, MessageForm.EMPTY, request))
			.map(Rendering.Builder::build);
	}

	@PostMapping("/verteiler/{key}/nachrichten/{id}/antworten")
	Mono<Rendering> reply(@PathVariable String key, @PathVariable String id,
			@Valid @ModelAttribute(FORM) MessageForm form, BindingResult errors, ServerHttpRequest request) {
		return this.currentMember.required().flatMap((member) -> {
			if (errors.hasErrors()) {
				return threadPage(key, id, member, form, request)
					.map((page) -> page.status(HttpStatus.BAD_REQUEST).build());
			}
			return this.distribution.post(key, member, null, form.text(), id)
				.map((sent) -> Rendering.redirectTo(Notices.redirect(threadPath(key, id), "beantwortet")).build())
				.onErrorResume(DistributionFragment::concernsTheText,
						(refused) -> threadPage(key, id, member, form, request)
							.map((page) -> refusedText(page, errors, (DistributionRefused) refused)));
		});
	}

	@PostMapping("/verteiler/{key}/nachrichten/{id}/melden")
	Mono<Rendering> report(@PathVariable String key, @PathVariable String id) {
		return this.currentMember.required()
			.flatMap((member) -> this.distribution.report(key, member, id))
			.map((reported) -> Rendering.redirectTo(Notices.redirect(threadPath(key, thread(reported)), "gemeldet"))
				.build());
	}

	@PostMapping("/verteiler/{key}/nachrichten/{id}/ausblenden")
	Mono<Rendering> hide(@PathVariable String key, @PathVariable String id, @ModelAttribute HideForm form) {
		boolean hidden = !"nein".equals(form.wert());
		return this.currentMember.required()
			.flatMap((member) -> this.distribution.hide(key, member, id, hidden))
			.map((changed) -> Rendering
				.redirectTo(
						Notices.redirect(threadPath(key, thread(changed)), hidden ? "ausgeblendet" : "eingeblendet"))
				.build());
	}

	private Mono<Rendering.Builder<?>> threadPage(String key, String id, Member member, MessageForm form,
			ServerHttpRequest request) {
		return this.distribution.thread(key, member, id)
			.map((thread) -> Rendering.view("distribution/message")
				.modelAttribute("list", thread.board().list())
				.modelAttribute("rights", thread.board().rights())
				.modelAttribute("message", MessageView.of(thread.message(), thread.replies().size(), this.markdown))
				.modelAttribute("replies", replies(thread))
				.modelAttribute(FORM, form)
				.modelAttribute("perHour", Distribution.PER_HOUR)
				.modelAttribute("notice", NOTICES.find(request)));
	}

	private List<MessageView> replies(Thread thread) {
		return thread.replies().stream().map((reply) -> MessageView.of(reply, 0, this.markdown)).toList();
	}

	@GetMapping("/verteiler/{key}/einstellungen")
	Mono<Rendering> settings(@PathVariable String key, ServerHttpRequest request) {
		return this.currentMember.required()
			.flatMap((member) -> this.distribution.board(key, member)
				.zipWith(this.subscriptions.delivery(key, member))
				.map((found) -> Rendering.view("distribution/settings")
					.modelAttribute("list", found.getT1().list())
					.modelAttribute("delivery", found.getT2())
					.modelAttribute("deliveries", List.of(Delivery.values()))
					.modelAttribute("notice", NOTICES.find(request))
					.build()));
	}

	@PostMapping("/verteiler/{key}/einstellungen")
	Mono<Rendering> choose(@PathVariable String key, @ModelAttribute DeliveryForm form) {
		if (form.emails() == null) {
			return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST));
		}
		Delivery delivery = form.emails();
		return this.currentMember.required()
			.flatMap((member) -> this.subscriptions.choose(key, member, delivery))
			.thenReturn(Rendering.redirectTo(Notices.redirect("/verteiler/" + key + "/einstellungen", "gespeichert"))
				.build());
	}

	/**
	 * What the unsubscribe link of a list's mail ends (a GET only shows it: mail programs
	 * open links on their own).
	 */
	@GetMapping("/benachrichtigungen/verteiler/{token}")
	Mono<Rendering> unsubscribePage(@PathVariable String token) {
		return this.subscriptions.byToken(token)
			.flatMap((subscription) -> this.subscriptions.listOf(subscription)
				.map((list) -> Rendering.view("distribution/unsubscribe")
					.modelAttribute("watch", list)
					.modelAttribute("token", token)
					.build()))
			.defaultIfEmpty(Rendering.view("distribution/unsubscribe").modelAttribute("gone", true).build());
	}

	/**
	 * Ends the list's mails: the button of the page, or a mail program's one-click POST.
	 */
	@PostMapping("/benachrichtigungen/verteiler/{token}")
	Mono<Rendering> unsubscribe(@PathVariable String token) {
		return this.subscriptions.unsubscribe(token)
			.flatMap((subscription) -> this.subscriptions.listOf(subscription)
				.map((list) -> Rendering.view("distribution/unsubscribe").modelAttribute("ended", list).build()))
			.switchIfEmpty(Pages.notFound());
	}

	private static Rendering refusedText(Rendering.Builder<?> page, BindingResult errors, DistributionRefused refused) {
		errors.reject(refused.messageKey(), refused.messageArguments(), refused.messageKey());
		return page.status(refused.getStatusCode()).build();
	}

	private static String thread(ListMessage message) {
		return (message.replyTo() != null) ? message.replyTo() : message.id();
	}

	private static String threadPath(String key, String id) {
		return "/verteiler/" + key + "/nachrichten/" + id;
	}

	/**
	 * @param wert {@code ja} hides, {@code nein} shows again
	 */
	record HideForm(@Nullable String wert) {

	}

	/**
	 * @param emails the chosen {@link Delivery}
	 */
	record DeliveryForm(@Nullable Delivery emails) {

	}

}
