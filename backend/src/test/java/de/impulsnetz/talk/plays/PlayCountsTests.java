package de.impulsnetz.talk.plays;

import java.net.InetSocketAddress;
import java.util.UUID;

import de.impulsnetz.IntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PlayCountsTests {

	@Autowired
	PlayCounts plays;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void aListenerCountsOnceADayHoweverOftenTheBrowserAsks() {
		String talk = "talk-" + UUID.randomUUID();

		assertThat(this.plays.count(talk, request("203.0.113.7", "Firefox")).block()).isTrue();
		assertThat(this.plays.count(talk, request("203.0.113.7", "Firefox")).block()).isFalse();
		assertThat(this.plays.count(talk, request("203.0.113.8", "Firefox")).block()).isTrue();
		assertThat(this.plays.count(talk, request("203.0.113.7", "Podcast app")).block()).isTrue();

		assertThat(this.plays.total(talk).block()).isEqualTo(3);
		assertThat(this.plays.days(talk).block()).singleElement()
			.satisfies((day) -> assertThat(day.plays()).isEqualTo(3));
	}

	@Test
	void theSameListenerCountsForEveryTalk() {
		String first = "talk-" + UUID.randomUUID();
		String second = "talk-" + UUID.randomUUID();

		this.plays.count(first, request("198.51.100.1", "Safari")).block();
		this.plays.count(second, request("198.51.100.1", "Safari")).block();

		assertThat(this.plays.total(first).block()).isEqualTo(1);
		assertThat(this.plays.total(second).block()).isEqualTo(1);
	}

	@Test
	void nothingAboutTheListenerIsStored() {
		String talk = "talk-" + UUID.randomUUID();

		this.plays.count(talk, request("192.0.2.44", "Mozilla/5.0 Besonderer Browser")).block();

		Document stored = this.mongo.findOne(Query.query(Criteria.where("talk").is(talk)), Document.class, "talkPlays")
			.block();
		assertThat(stored).isNotNull();
		assertThat(stored.keySet()).contains("plays").isSubsetOf("_id", "talk", "day", "plays", "_class");
		assertThat(stored.toJson()).doesNotContain("192.0.2.44").doesNotContain("Besonderer");
	}

	private static ServerHttpRequest request(String address, String browser) {
		return MockServerHttpRequest.get("/impulse/reihe/talk/medien/audio.m4a")
			.remoteAddress(new InetSocketAddress(address, 40000))
			.header(HttpHeaders.USER_AGENT, browser)
			.build();
	}

}
