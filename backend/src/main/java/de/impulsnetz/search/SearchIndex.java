package de.impulsnetz.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.HtmlUtils;

/**
 * The Lucene index of this app instance, in memory: rebuilt from MongoDB at start-up and
 * kept current by {@link SearchIndexer}. Thread-safe; all methods block, so callers run
 * them on a worker thread, never on the event loop.
 */
public final class SearchIndex implements AutoCloseable {

	private static final Map<String, Float> WORD_FIELDS = Map.of("title", 3f, "tags", 2f, "summary", 1.5f, "text", 1f);

	private static final List<String> FUZZY_FIELDS = List.of("title", "text");

	private static final int FUZZY_MIN_LENGTH = 5;

	/** The body with offsets in the postings, so snippets need no re-analysis. */
	private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

	/**
	 * How much of a text snippets and anchors look at: an hour's transcript is some
	 * 60,000 characters.
	 */
	private static final int MAX_HIGHLIGHT_LENGTH = 200_000;

	private static final Sort RELEVANCE_THEN_RECENCY = new Sort(SortField.FIELD_SCORE,
			new SortField("date", SortField.Type.LONG, true));

	private final Analyzer words = GermanAnalysis.words();

	private final Analyzer queryParts = GermanAnalysis.query();

	private final Directory directory = new ByteBuffersDirectory();

	private final IndexWriter writer;

	private final SearcherManager searchers;

	public SearchIndex() {
		try {
			Analyzer indexing = new PerFieldAnalyzerWrapper(this.words, Map.of("parts", GermanAnalysis.parts()));
			this.writer = new IndexWriter(this.directory, new IndexWriterConfig(indexing));
			this.searchers = new SearcherManager(this.writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void put(SearchDocument document) {
		SearchKind.of(document.kind());
		PlainText text = PlainText.of(document.text());
		String summary = PlainText.of(document.summary()).text();
		Document doc = new Document();
		doc.add(new StringField("id", document.id(), Field.Store.YES));
		doc.add(new StringField("kind", document.kind(), Field.Store.YES));
		doc.add(new StoredField("key", document.key()));
		doc.add(new TextField("title", document.title(), Field.Store.YES));
		doc.add(new TextField("summary", summary, Field.Store.YES));
		doc.add(new TextField("tags", String.join(" · ", document.tags()), Field.Store.NO));
		doc.add(new Field("text", text.text(), TEXT_WITH_OFFSETS));
		doc.add(new TextField("parts", String.join(" ", document.title(), summary, String.join(" ", document.tags())),
				Field.Store.NO));
		doc.add(new StoredField("url", document.url()));
		doc.add(new NumericDocValuesField("date", document.date().toEpochMilli()));
		doc.add(new StoredField("date", document.date().toEpochMilli()));
		for (SearchAnchor anchor : document.anchors()) {
			doc.add(new StoredField("anchorAt", text.offset(anchor.offset())));
			doc.add(new StoredField("anchorUrl", anchor.url()));
			doc.add(new StoredField("anchorLabel", anchor.label()));
		}
		for (String reference : document.references()) {
			doc.add(new StringField("ref", reference, Field.Store.NO));
		}
		write(() -> this.writer.updateDocument(new Term("id", document.id()), doc));
	}

	public void remove(String kind, String key) {
		write(() -> this.writer.deleteDocuments(new Term("id", kind + ":" + key)));
	}

	/**
	 * Removes every document; visible to searches with the next {@link #refresh()}.
	 */
	public void clear() {
		write(this.writer::deleteAll);
	}

	/**
	 * Makes all changes so far visible to searches.
	 */
	public void refresh() {
		write(this.searchers::maybeRefreshBlocking);
	}

	public int size() {
		return read((searcher) -> searcher.getIndexReader().numDocs());
	}

	/**
	 * The best matches for the words of a query, all of which must match (exactly, by
	 * their stem, as part of a compound or with a typo); best first, the newer first
	 * among equals.
	 * @param kind only documents of this kind, or {@code null} for all
	 */
	public SearchResults search(String text, @Nullable String kind, int limit) {
		Query query = query(text, kind);
		if (query == null) {
			return new SearchResults(text, List.of(), 0);
		}
		return read((searcher) -> hits(searcher, text, query,
				searcher.search(query, Math.max(1, limit), RELEVANCE_THEN_RECENCY, true)));
	}

	/**
	 * Documents of the kinds that share the most telling words with the text, best first:
	 * "more like this" for a page's related content.
	 * @param exceptId leave out this document ({@code kind:key}), e.g. the page's own
	 */
	public List<SearchHit> similar(String text, List<String> kinds, @Nullable String exceptId, int limit) {
		return read((searcher) -> {
			MoreLikeThis similar = new MoreLikeThis(searcher.getIndexReader());
			similar.setAnalyzer(this.words);
			similar.setMinTermFreq(1);
			similar.setMinDocFreq(1);
			similar.setMinWordLen(3);
			similar.setMaxQueryTerms(25);
			BooleanQuery.Builder like = new BooleanQuery.Builder();
			for (String field : List.of("title", "tags", "text")) {
				like.add(similar.like(field, new StringReader(text)), Occur.SHOULD);
			}
			BooleanQuery.Builder query = new BooleanQuery.Builder().add(like.build(), Occur.MUST)
				.add(anyKind(kinds), Occur.FILTER);
			if (exceptId != null) {
				query.add(new TermQuery(new Term("id", exceptId)), Occur.MUST_NOT);
			}
			Query built = query.build();
			return hits(searcher, "", built, searcher.search(built, Math.max(1, limit), RELEVANCE_THEN_RECENCY, true))
				.hits();
		});
	}

	/**
	 * Documents of the kinds that name the document in their
	 * {@link SearchDocument#references()}, newest first.
	 */
	public List<SearchHit> referencing(String kind, String key, List<String> kinds, int limit) {
		Query query = new BooleanQuery.Builder()
			.add(new TermQuery(new Term("ref", SearchDocument.reference(kind, key))), Occur.MUST)
			.add(anyKind(kinds), Occur.FILTER)
			.build();
		return read((searcher) -> hits(searcher, "", query, searcher.search(query, Math.max(1, limit),
				new Sort(new SortField("date", SortField.Type.LONG, true)), true))
			.hits());
	}

	/**
	 * The document as indexed, if it is: its title and address for a link to it.
	 */
	public @Nullable SearchHit find(String kind, String key) {
		Query query = new TermQuery(new Term("id", SearchDocument.reference(kind, key)));
		return read((searcher) -> {
			List<SearchHit> found = hits(searcher, "", query, searcher.search(query, 1, RELEVANCE_THEN_RECENCY, true))
				.hits();
			return found.isEmpty() ? null : found.get(0);
		});
	}

	private static Query anyKind(List<String> kinds) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		kinds.forEach((kind) -> any.add(new TermQuery(new Term("kind", kind)), Occur.SHOULD));
		return any.build();
	}

	private SearchResults hits(IndexSearcher searcher, String text, Query query, TopFieldDocs top) throws IOException {
		Highlighter highlighter = new Highlighter(UnifiedHighlighter.builder(searcher, this.words)
			.withFormatter(new AnchoringFormatter())
			.withMaxLength(MAX_HIGHLIGHT_LENGTH));
		int[] ids = new int[top.scoreDocs.length];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = top.scoreDocs[i].doc;
		}
		Object[] snippets = highlighter.text(query, ids);
		List<SearchHit> hits = new ArrayList<>();
		for (int i = 0; i < ids.length; i++) {
			Document doc = searcher.storedFields().document(ids[i]);
			AnchoringFormatter.Snippet snippet = (snippets != null
					&& snippets[i] instanceof AnchoringFormatter.Snippet found) ? found : null;
			String html = (snippet != null) ? snippet.html() : HtmlUtils.htmlEscape(doc.get("summary"));
			int at = (snippet != null) ? anchorBefore(doc, snippet.firstMatch()) : -1;
			String url = (at >= 0) ? doc.getValues("anchorUrl")[at] : doc.get("url");
			String place = (at >= 0) ? doc.getValues("anchorLabel")[at] : null;
			hits.add(new SearchHit(doc.get("kind"), doc.get("key"), doc.get("title"), url, html,
					Instant.ofEpochMilli(doc.getField("date").numericValue().longValue()), top.scoreDocs[i].score,
					place));
		}
		return new SearchResults(text, hits, top.totalHits.value);
	}

	/**
	 * Index of the last anchor at or before the offset, or {@code -1}.
	 */
	private static int anchorBefore(Document doc, int offset) {
		if (offset < 0) {
			return -1;
		}
		IndexableField[] offsets = doc.getFields("anchorAt");
		int found = -1;
		for (int i = 0; i < offsets.length && offsets[i].numericValue().intValue() <= offset; i++) {
			found = i;
		}
		return found;
	}

	@Nullable Query query(String text, @Nullable String kind) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		int words = 0;
		for (String word : text.split("[\\s,;:!?()\"']+")) {
			List<String> stems = tokens(this.words, word);
			if (stems.isEmpty()) {
				continue;
			}
			BooleanQuery.Builder anyField = new BooleanQuery.Builder();
			for (String stem : stems) {
				WORD_FIELDS.forEach((field, boost) -> anyField
					.add(new BoostQuery(new TermQuery(new Term(field, stem)), boost), Occur.SHOULD));
				if (stem.length() >= FUZZY_MIN_LENGTH) {
					// One typo, the first two letters right: what people get wrong, and
					// cheap to
					// expand (two edits cost more than the rest of the query together).
					for (String field : FUZZY_FIELDS) {
						anyField.add(new BoostQuery(new FuzzyQuery(new Term(field, stem), 1, 2), 0.3f), Occur.SHOULD);
					}
				}
			}
			for (String part : tokens(this.queryParts, word)) {
				if (part.length() >= GermanAnalysis.PART_MIN) {
					String piece = part.substring(0, Math.min(part.length(), GermanAnalysis.PART_MAX));
					anyField.add(new BoostQuery(new TermQuery(new Term("parts", piece)), 0.5f), Occur.SHOULD);
				}
			}
			all.add(anyField.build(), Occur.MUST);
			words++;
		}
		if (words == 0) {
			return null;
		}
		if (kind != null) {
			all.add(new TermQuery(new Term("kind", kind)), Occur.FILTER);
		}
		return all.build();
	}

	private static FieldType textWithOffsets() {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

	private static List<String> tokens(Analyzer analyzer, String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	private <T> T read(SearcherFunction<T> search) {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return search.apply(searcher);
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void write(IndexAction action) {
		try {
			action.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		this.searchers.close();
		this.writer.close();
		this.directory.close();
	}

	/**
	 * Snippets of the text as the formatter makes them, not only as strings.
	 */
	private static final class Highlighter extends UnifiedHighlighter {

		Highlighter(UnifiedHighlighter.Builder builder) {
			super(builder);
		}

		Object[] text(Query query, int[] docs) throws IOException {
			return highlightFieldsAsObjects(new String[] { "text" }, query, docs, new int[] { 2 }).get("text");
		}

	}

	private interface SearcherFunction<T> {

		T apply(IndexSearcher searcher) throws IOException;

	}

	private interface IndexAction {

		void run() throws IOException;

	}

}
