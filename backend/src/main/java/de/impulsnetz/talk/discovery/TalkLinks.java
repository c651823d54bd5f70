package de.impulsnetz.talk.discovery;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import de.impulsnetz.identity.Member;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.impulsnetz.search.Search;
import de.impulsnetz.search.SearchDocument;
import de.impulsnetz.search.SearchHit;
import de.impulsnetz.shared.work.MemoryCopies;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkAccess;
import de.impulsnetz.talk.TalkLibrary;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * What a talk page links to: Praxisbeispiele and barcamp sessions that share its telling
 * words, and the Praxisbeispiele that name it as their inspiration. Both come from the
 * search index, which holds only public content, so the talk module needs neither the
 * practice nor the barcamp module (practice names talks, not the other way round).
 * <p>
 * The other way round, by the same rule: a case or session page shows the talks whose
 * pages list it as related (and the talk a case names), and an Impuls-Termin the talks
 * that name it for their registration; those pages show only published talks the reader
 * may read ({@link TalkAccess}).
 */
@Service
public class TalkLinks {

	/** Kinds of the search index, as their modules name them. */
	static final String PRACTICE = "praxis";

	static final String SESSION = "session";

	private static final int RELATED = 5;

	/**
	 * Any member without a role: of published talks, what every member may read.
	 */
	private static final Member READER = new Member("", "", "", null, null, Set.of());

	private static final int INSPIRED = 20;

	/**
	 * Talks looked at for a case or session page: those most like it, of which only the
	 * ones whose own page lists it are kept.
	 */
	private static final int CANDIDATES = 2 * RELATED;

	/**
	 * The published talks on the topic of a case or session (kind:key), as the reverse of
	 * {@link #related}: finding them costs up to {@value #CANDIDATES} talks' related
	 * lists, two searches each, so the answer is kept a minute; who may read which is
	 * still checked per reader. (Talk pages themselves always ask afresh.)
	 */
	private final AsyncCache<String, List<String>> onTopic = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(1))
		.maximumSize(5_000)
		.buildAsync();

	private final Search search;

	private final TalkLibrary library;

	private final TalkAccess access;

	/**
	 * The talks of {@link #talksFor}, from memory. Of published talks a member may read
	 * every one and an anonymous reader the public ones, so that is all a reader changes.
	 */
	private final MemoryCopies.Keyed<Wanted, List<TalkLink>> kept;

	TalkLinks(Search search, TalkLibrary library, TalkAccess access, MemoryCopies copies) {
		this.search = search;
		this.library = library;
		this.access = access;
		this.kept = copies.keyed((wanted) -> talksFor(wanted.kind(), wanted.key(), wanted.text(), wanted.named(),
				wanted.member() ? READER : null));
	}

	/**
	 * Praxisbeispiele and sessions like the talk by its title and abstract, best first;
	 * the cases that name the talk already are listed as inspired and left out here.
	 */
	public Mono<List<SearchHit>> related(Talk talk) {
		return inspired(talk).flatMap((inspired) -> this.search
			.similar(talk.title() + "\n\n" + talk.abstractText(), List.of(PRACTICE, SESSION),
					SearchDocument.reference(Talk.SEARCH_KIND, talk.key()), RELATED + inspired.size())
			.filter((hit) -> inspired.stream().noneMatch((named) -> named.url().equals(hit.url())))
			.take(RELATED)
			.collectList());
	}

	/**
	 * Published Praxisbeispiele that name the talk as their inspiration, newest first.
	 */
	public Mono<List<SearchHit>> inspired(Talk talk) {
		return this.search.referencing(Talk.SEARCH_KIND, talk.key(), List.of(PRACTICE), INSPIRED).collectList();
	}

	/**
	 * "Impulse zum Thema" of a published Praxisbeispiel: the talk it names, then the
	 * talks whose pages list it under {@link #related}.
	 * @param text the case's title, teaser, topics and body, to find the candidates by;
	 * blank: only the named talk
	 * @param named the talk the case names as {@code reihe/vortrag}, or {@code null}
	 */
	public Mono<List<TalkLink>> forCase(String slug, String text, @Nullable String named, @Nullable Member reader) {
		return this.kept.get(new Wanted(PRACTICE, slug, text, named, reader != null));
	}

	/**
	 * The talks on the topic of a barcamp session: those whose pages list it under
	 * {@link #related}.
	 * @param proposal the session's id (its key in the search index)
	 * @param text the session's title and description
	 */
	public Mono<List<TalkLink>> forSession(String proposal, String text, @Nullable Member reader) {
		return this.kept.get(new Wanted(SESSION, proposal, text, null, reader != null));
	}

	/**
	 * The talks that name this event for their registration and the reader may see, in
	 * order.
	 */
	public Mono<List<TalkLink>> atEvent(String event, @Nullable Member reader) {
		return this.access.readable(this.library.talksAt(event), reader).map(TalkLink::of).collectList();
	}

	private Mono<List<TalkLink>> talksFor(String kind, String key, String text, @Nullable String named,
			@Nullable Member reader) {
		Flux<Talk> namedTalk = (named != null) ? byKey(named).flux() : Flux.empty();
		return Flux.concat(readablePublished(namedTalk, reader), byTopic(kind, key, text, reader))
			.distinct(Talk::key)
			.take(RELATED)
			.map(TalkLink::of)
			.collectList();
	}

	/**
	 * The talks most like the text that the reader may see and whose pages list the
	 * document ({@code kind}, {@code key}) under {@link #related}: the one rule, read
	 * backwards.
	 */
	private Flux<Talk> byTopic(String kind, String key, String text, @Nullable Member reader) {
		if (text.isBlank()) {
			return Flux.empty();
		}
		Mono<List<String>> keys = Mono
			.fromFuture(this.onTopic.get(kind + ":" + key, (ignored, executor) -> onTopic(kind, key, text).toFuture()));
		return readablePublished(keys.flatMapMany(Flux::fromIterable).concatMap(this::byKey), reader);
	}

	private Mono<List<String>> onTopic(String kind, String key, String text) {
		return this.search.similar(text, List.of(Talk.SEARCH_KIND), null, CANDIDATES)
			.concatMap((hit) -> byKey(hit.key()))
			.filter(Talk::isPublished)
			.flatMapSequential((talk) -> related(talk)
				.filter((hits) -> hits.stream().anyMatch((hit) -> hit.kind().equals(kind) && hit.key().equals(key)))
				.map((hits) -> talk.key()))
			.collectList();
	}

	private Flux<Talk> readablePublished(Flux<Talk> talks, @Nullable Member reader) {
		return this.access.readable(talks.filter(Talk::isPublished), reader);
	}

	private Mono<Talk> byKey(String key) {
		int slash = key.indexOf('/');
		return (slash < 0) ? Mono.empty() : this.library.talk(key.substring(0, slash), key.substring(slash + 1));
	}

	/**
	 * Talks on the topic of a document ({@code kind}, {@code key}) for a member or for an
	 * anonymous reader.
	 */
	private record Wanted(String kind, String key, String text, @Nullable String named, boolean member) {

	}

}
