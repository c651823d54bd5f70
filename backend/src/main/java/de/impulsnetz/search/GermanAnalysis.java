package de.impulsnetz.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How German text is split for the index.
 * <ul>
 * <li>{@link #words()}: lower case, stop words removed, umlauts folded (ä, ae → a; ß →
 * ss), light stemming. "Stellenanzeige" and "Stellenanzeigen", "Jobcenter" and
 * "Jobcentern", "Bürger" and "Buerger" meet.</li>
 * <li>{@link #parts()}: the same words as overlapping pieces of 4 to 10 letters, so that
 * a part of a compound finds it ("Anzeige" finds "Stellenanzeigen"). Used for titles,
 * tags and summaries only; for whole bodies the index would grow tenfold.</li>
 * <li>{@link #query()}: what a searched word is matched against the pieces with.</li>
 * </ul>
 */
final class GermanAnalysis {

	static final int PART_MIN = 4;

	static final int PART_MAX = 10;

	private GermanAnalysis() {
	}

	static Analyzer words() {
		return new Analyzer() {

			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new LowerCaseFilter(source);
				stream = new StopFilter(stream, GermanAnalyzer.getDefaultStopSet());
				stream = new GermanNormalizationFilter(stream);
				return new TokenStreamComponents(source, new GermanLightStemFilter(stream));
			}

			@Override
			protected TokenStream normalize(String field, TokenStream in) {
				return new GermanNormalizationFilter(new LowerCaseFilter(in));
			}

		};
	}

	static Analyzer parts() {
		return new Analyzer() {

			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new GermanNormalizationFilter(new LowerCaseFilter(source));
				return new TokenStreamComponents(source, new NGramTokenFilter(stream, PART_MIN, PART_MAX, true));
			}

		};
	}

	static Analyzer query() {
		return new Analyzer() {

			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new GermanNormalizationFilter(new LowerCaseFilter(source));
				return new TokenStreamComponents(source, new GermanLightStemFilter(stream));
			}

		};
	}

}
