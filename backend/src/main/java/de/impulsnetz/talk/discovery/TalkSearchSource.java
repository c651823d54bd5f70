package de.impulsnetz.talk.discovery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.impulsnetz.search.SearchAnchor;
import de.impulsnetz.search.SearchDocument;
import de.impulsnetz.search.SearchSource;
import de.impulsnetz.search.SearchableChanged;
import de.impulsnetz.shared.work.ReactiveEvents;
import de.impulsnetz.talk.Speaker;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkAccess;
import de.impulsnetz.talk.TalkLibrary;
import de.impulsnetz.talk.publication.TalkPublished;
import de.impulsnetz.talk.TalkRights;
import de.impulsnetz.talk.captions.CaptionTrack;
import de.impulsnetz.talk.captions.SlideDeck;
import de.impulsnetz.talk.captions.TalkCaptions;
import de.impulsnetz.talk.captions.TalkSlides;
import de.impulsnetz.talk.captions.Transcript;
import de.impulsnetz.talk.summary.Summary;
import de.impulsnetz.talk.summary.SummaryPublished;
import de.impulsnetz.talk.summary.TalkSummaries;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Talks anyone may read, for the search index: title, abstract, speakers, the published
 * summary and the slides' text, and — when anyone may play the recording — the transcript
 * of each caption language, every line anchored at the second it is spoken.
 */
@Component
class TalkSearchSource implements SearchSource {

	private final TalkLibrary library;

	private final TalkAccess access;

	private final TalkSummaries summaries;

	private final TalkSlides slides;

	private final TalkCaptions captions;

	private final ReactiveMongoTemplate mongo;

	private final ReactiveEvents events;

	TalkSearchSource(TalkLibrary library, TalkAccess access, TalkSummaries summaries, TalkSlides slides,
			TalkCaptions captions, ReactiveMongoTemplate mongo, ReactiveEvents events) {
		this.library = library;
		this.access = access;
		this.summaries = summaries;
		this.slides = slides;
		this.captions = captions;
		this.mongo = mongo;
		this.events = events;
	}

	@Override
	public String kind() {
		return Talk.SEARCH_KIND;
	}

	@Override
	public Flux<SearchDocument> all() {
		return this.access
			.readableByAnyone(this.library.allSeries().concatMap((series) -> this.library.talksOf(series.slug())))
			.concatMap(this::document);
	}

	@Override
	public Mono<SearchDocument> one(String key) {
		int slash = key.indexOf('/');
		if (slash < 0) {
			return Mono.empty();
		}
		return this.access.readableByAnyone(this.library.talk(key.substring(0, slash), key.substring(slash + 1)).flux())
			.next()
			.flatMap(this::document);
	}

	/**
	 * Talks edited (including consent and state), imported, or whose summary, captions or
	 * slides changed.
	 */
	@Override
	public Flux<String> changedSince(Instant since) {
		Flux<Talk> talks = this.mongo.find(Query.query(new Criteria().orOperator(Criteria.where("editedAt").gt(since),
				Criteria.where("importStamp.importedAt").gt(since))), Talk.class);
		Flux<String> byId = Flux
			.merge(this.mongo.find(Query.query(Criteria.where("updatedAt").gt(since)), Summary.class).map(Summary::id),
					this.mongo.find(Query.query(Criteria.where("updatedAt").gt(since)), CaptionTrack.class)
						.map(CaptionTrack::talk),
					this.mongo.find(Query.query(Criteria.where("uploadedAt").gt(since)), SlideDeck.class)
						.map(SlideDeck::talk))
			.distinct();
		return Flux.merge(talks, byId.concatMap(this.library::talkById)).map(Talk::key).distinct();
	}

	@EventListener
	void onPublished(TalkPublished published) {
		reindex(published.series(), published.slug());
	}

	@EventListener
	void onSummary(SummaryPublished published) {
		reindex(published.series(), published.slug());
	}

	private void reindex(String series, String slug) {
		this.events.publish(new SearchableChanged(Talk.SEARCH_KIND, series + "/" + slug)).subscribe();
	}

	private Mono<SearchDocument> document(Talk talk) {
		Mono<String> summary = this.summaries.published(talk)
			.map((published) -> Optional.ofNullable(published.publishedMarkdown()).orElse(""))
			.defaultIfEmpty(talk.summary());
		Mono<String> slideText = this.slides.deck(talk).map(SlideDeck::text).defaultIfEmpty("");
		Mono<List<Transcript>> transcripts = this.access.rights(talk.series(), talk.slug(), null)
			.map(TalkRights::listen)
			.flatMap((listen) -> listen ? this.captions.all(talk)
				.concatMap((track) -> this.captions.transcript(talk, track.language()))
				.collectList() : Mono.just(List.<Transcript>of()));
		return Mono.zip(summary, slideText, transcripts)
			.map((parts) -> document(talk, parts.getT1(), parts.getT2(), parts.getT3()));
	}

	static SearchDocument document(Talk talk, String summary, String slideText, List<Transcript> transcripts) {
		String base = "/impulse/" + talk.series() + "/" + talk.slug();
		StringBuilder text = new StringBuilder(talk.abstractText());
		appendPart(text, summary);
		appendPart(text, slideText);
		List<SearchAnchor> anchors = new ArrayList<>();
		for (Transcript transcript : transcripts) {
			String language = CaptionTrack.GERMAN.equals(transcript.language()) ? ""
					: "&sprache=" + transcript.language();
			for (Transcript.Paragraph paragraph : transcript.paragraphs()) {
				for (Transcript.Line line : paragraph.lines()) {
					text.append(text.isEmpty() ? "" : "\n");
					anchors.add(new SearchAnchor(text.length(),
							base + "/transkript?t=" + line.startSeconds() + language + "#player", line.clock()));
					text.append(line.text());
				}
			}
		}
		List<String> speakers = talk.speakers().stream().map(Speaker::name).toList();
		String teaser = talk.abstractText().isBlank() ? summary : talk.abstractText();
		return new SearchDocument(Talk.SEARCH_KIND, talk.key(), talk.title(), teaser, speakers, text.toString(), base,
				talk.startsAt(), anchors, List.of());
	}

	private static void appendPart(StringBuilder text, String part) {
		if (!part.isBlank()) {
			text.append(text.isEmpty() ? "" : "\n\n").append(part.strip());
		}
	}

}
