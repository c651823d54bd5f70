package de.impulsnetz.practice;

import java.io.StringReader;
import java.util.function.Consumer;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import de.impulsnetz.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Atom feeds parse as Atom 1.0 and carry what RFC 4287 requires of every entry (id,
 * title, updated, a link), with the text sanitised.
 */
@IntegrationTest
class PracticeFeedTests {

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void theFeedOfAllPracticesIsValidAtom() throws Exception {
		String xml = get("/feed.atom");
		assertThat(xml).contains("xmlns=\"http://www.w3.org/2005/Atom\"");
		SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getTitle()).isEqualTo("Neue Praxisbeispiele im Impulsnetz");
		// Other tests publish cases into the shared database too: the feed holds every
		// published case, up to its limit of 50.
		long published = this.mongo.count(Query.query(Criteria.where("status").is("PUBLISHED")), "practices").block();
		assertThat(published).isGreaterThanOrEqualTo(6);
		assertThat(feed.getEntries()).hasSize((int) Math.min(published, 50));
		for (SyndEntry entry : feed.getEntries()) {
			assertThat(entry.getUri()).startsWith("http://localhost");
			assertThat(entry.getTitle()).isNotBlank();
			assertThat(entry.getUpdatedDate()).isNotNull();
			assertThat(entry.getLink()).contains("/praxis/");
			assertThat(entry.getAuthors()).isNotEmpty();
			assertThat(entry.getContents().get(0).getValue()).doesNotContain("<script");
		}
		assertThat(feed.getEntries().get(0).getPublishedDate())
			.isAfterOrEqualTo(feed.getEntries().get(1).getPublishedDate());
	}

	@Test
	void feedsPerTopicAndChannelHoldOnlyTheirPractices() throws Exception {
		SyndFeed topic = new SyndFeedInput().build(new StringReader(get("/praxis/feed.atom?thema=Recruiting")));
		assertThat(topic.getTitle()).isEqualTo("Neue Praxisbeispiele zum Thema Recruiting");
		assertThat(topic.getEntries()).extracting(SyndEntry::getTitle)
			.contains("Stellenanzeigen als humorvolle Videos")
			.doesNotContain("Kommentare schnell und freundlich beantworten");
		SyndFeed channel = new SyndFeedInput().build(new StringReader(get("/praxis/feed.atom?kanal=YOUTUBE")));
		assertThat(channel.getTitle()).isEqualTo("Neue Praxisbeispiele zu YouTube");
		assertThat(channel.getEntries()).isNotEmpty()
			.allSatisfy((entry) -> assertThat(entry.getTitle())
				.isNotEqualTo("Kommentare schnell und freundlich beantworten"));
	}

	@Test
	void feedLinksUseThePublicAddressWhateverTheRequestClaims() throws Exception {
		String xml = get("/feed.atom", (headers) -> {
			headers.set("X-Forwarded-Host", "boese.example");
			headers.set("X-Forwarded-Proto", "https");
			headers.set("Forwarded", "host=boese.example;proto=https");
		});
		assertThat(xml).doesNotContain("boese.example").contains("http://localhost:8080/feed.atom");
		SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
		assertThat(feed.getEntries()).isNotEmpty()
			.allSatisfy((entry) -> assertThat(entry.getLink()).startsWith("http://localhost:8080/praxis/"));
	}

	private String get(String uri) {
		return get(uri, (headers) -> {
		});
	}

	private String get(String uri, Consumer<HttpHeaders> headers) {
		return this.client.get()
			.uri(uri)
			.headers(headers)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("application/atom+xml")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
