package de.impulsnetz.distribution.web;

import java.util.List;

import de.impulsnetz.distribution.Distribution;
import de.impulsnetz.distribution.Distribution.Archive;
import de.impulsnetz.distribution.DistributionRefused;
import de.impulsnetz.identity.Member;
import de.impulsnetz.shared.text.Markdown;
import de.impulsnetz.shared.web.PageLinks;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The model of the fragment {@code distribution/_board :: board(board)}: the archive of a
 * list and the form to write to it, for the Verteiler's own page and for the page of the
 * list's owner (a working group's page adds {@link #MODEL} with {@link #forPage} and
 * {@code messageForm} with {@link #emptyForm()}).
 */
@Component
public class DistributionFragment {

	/** The model attribute the fragment reads. */
	public static final String MODEL = "board";

	/** Messages per page of the archive. */
	static final int PAGE_SIZE = 10;

	private final Distribution distribution;

	private final Markdown markdown;

	DistributionFragment(Distribution distribution, Markdown markdown) {
		this.distribution = distribution;
		this.markdown = markdown;
	}

	/**
	 * The board for a page that shows the list among other things: empty when the member
	 * may not read the list, or there is none with this key.
	 * @param page the requested page of the archive ({@code ?seite=})
	 */
	public Mono<BoardView> forPage(String key, @Nullable Member member, @Nullable String page,
			ServerHttpRequest request) {
		return board(key, member, page, request).onErrorResume(ResponseStatusException.class,
				(refused) -> Mono.empty());
	}

	/**
	 * The empty form the fragment binds.
	 */
	public static MessageForm emptyForm() {
		return MessageForm.EMPTY;
	}

	/**
	 * The board of the Verteiler's own page; refused like the list.
	 */
	Mono<BoardView> board(String key, @Nullable Member member, @Nullable String page, ServerHttpRequest request) {
		int requested = number(page);
		return this.distribution.archive(key, member, requested, PAGE_SIZE)
			.map((archive) -> view(archive, page, request));
	}

	private BoardView view(Archive archive, @Nullable String page, ServerHttpRequest request) {
		PageLinks paging = PageLinks.of(page, (int) Math.min(archive.total(), Integer.MAX_VALUE), PAGE_SIZE, request);
		List<MessageView> messages = archive.entries()
			.stream()
			.map((entry) -> MessageView.of(entry.message(), entry.replies(), this.markdown))
			.toList();
		return new BoardView(archive.board().list().key(), archive.board().list().title(),
				archive.board().list().path(), archive.board().rights().post(), archive.board().rights().moderate(),
				messages, archive.total(), paging, Distribution.PER_HOUR);
	}

	/**
	 * @param path the page of the list's owner
	 * @param total how many messages of their own the member may see
	 * @param perHour how many messages a person may write an hour
	 */
	public record BoardView(String key, String title, String path, boolean mayPost, boolean mayModerate,
			List<MessageView> messages, long total, PageLinks paging, int perHour) {

	}

	private static int number(@Nullable String page) {
		try {
			return (page != null) ? Math.max(1, Integer.parseInt(page.strip())) : 1;
		}
		catch (NumberFormatException notANumber) {
			return 1;
		}
	}

	static boolean concernsTheText(Throwable failure) {
		return failure instanceof DistributionRefused refused && refused.concernsTheText();
	}

}
