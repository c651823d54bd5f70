package de.impulsnetz.talk.discovery;

import java.util.List;

import de.impulsnetz.search.SearchDocument;
import de.impulsnetz.search.SearchHit;
import de.impulsnetz.search.Search;
import de.impulsnetz.talk.Talk;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * What a talk page links to: Praxisbeispiele and barcamp sessions that share its telling
 * words, and the Praxisbeispiele that name it as their inspiration. Both come from the
 * search index, which holds only public content, so the talk module needs neither the
 * practice nor the barcamp module (practice names talks, not the other way round).
 */
@Service
public class TalkLinks {

	/** Kinds of the search index, as their modules name them. */
	static final String PRACTICE = "praxis";

	static final String SESSION = "session";

	private static final int RELATED = 5;

	private static final int INSPIRED = 20;

	private final Search search;

	TalkLinks(Search search) {
		this.search = search;
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

}
