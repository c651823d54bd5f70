package de.impulsnetz.talk.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.impulsnetz.shared.web.ApiProblems;
import de.impulsnetz.talk.authoring.PublicationRefused;
import de.impulsnetz.talk.authoring.TalkConflict;
import de.impulsnetz.talk.authoring.TalkInvalid;
import de.impulsnetz.talk.authoring.WrongTalkState;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Impulse's refusals as German problem details, with what a client needs to recover: the
 * current version, the current state, or everything still missing for publication. A
 * members-only talk asked for without a token is answered 401 by the security filters,
 * like every API address that needs a login.
 */
@RestControllerAdvice(assignableTypes = TalkApi.class)
class TalkApiErrors {

	private final ApiProblems problems;

	private final MessageSource messages;

	TalkApiErrors(ApiProblems problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail invalid(TalkInvalid invalid) {
		return this.problems.problem(HttpStatus.BAD_REQUEST, "api.problem.invalid", invalid.messageKey(),
				invalid.arguments());
	}

	@ExceptionHandler
	ProblemDetail conflict(TalkConflict conflict) {
		ProblemDetail problem = this.problems.problem(HttpStatus.CONFLICT, "api.problem.conflict",
				"api.problem.conflict.version");
		problem.setProperty("currentVersion", conflict.currentVersion());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail wrongState(WrongTalkState wrong) {
		ProblemDetail problem = this.problems.problem(HttpStatus.CONFLICT, "api.problem.conflict",
				"talk.authoring.api.wrongState");
		problem.setProperty("currentStatus", ApiState.of(wrong.state()));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail refused(PublicationRefused refused) {
		List<Map<String, String>> missing = refused.missing()
			.stream()
			.map((item) -> Map.of("code", item.messageKey(), "message",
					this.messages.getMessage(item.messageKey(), item.arguments().toArray(), Locale.GERMAN)))
			.toList();
		ProblemDetail problem = this.problems.problem(HttpStatus.CONFLICT, "talk.authoring.api.refused",
				"talk.authoring.api.refused.detail",
				String.join(" ", missing.stream().map((item) -> item.get("message")).toList()));
		problem.setProperty("missing", missing);
		return problem;
	}

	@ExceptionHandler
	ProblemDetail versionRequired(VersionRequired missing) {
		return this.problems.problem(HttpStatus.BAD_REQUEST, "api.problem.invalid", "api.problem.invalid.version");
	}

}
