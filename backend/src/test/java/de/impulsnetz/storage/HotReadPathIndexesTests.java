package de.impulsnetz.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.proposal.SessionProposal;
import de.impulsnetz.barcamp.personal.Star;
import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.practice.Practice;
import de.impulsnetz.practice.comments.Comment;
import de.impulsnetz.practice.feedback.Adoption;
import de.impulsnetz.practice.feedback.HelpfulMark;
import de.impulsnetz.practice.watches.Watch;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkSeries;
import de.impulsnetz.talk.captions.CaptionTrack;
import de.impulsnetz.talk.recording.RecordingJob;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query of the hot read paths (a case page, {@code /praxis} with filters, an
 * event's plan, a talk page) has an index on a real MongoDB: the documents declare it
 * ({@code @Indexed}, {@code @CompoundIndex}) and {@link MongoIndexes} creates what they
 * declare. The embedded server cannot {@code explain()} a query, and it keeps only unique
 * indexes (it accepts the others and ignores them), so on it this checks what it can
 * tell: the unique indexes are there after start-up.
 */
class HotReadPathIndexesTests {

	private static final Set<Class<?>> DOCUMENTS = Set.of(Practice.class, Comment.class, Adoption.class,
			HelpfulMark.class, Watch.class, Municipality.class, Event.class, SessionProposal.class, Star.class,
			Talk.class, TalkSeries.class, CaptionTrack.class, RecordingJob.class);

	private static final Map<String, List<Document>> DECLARED = declared();

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			# A case page: the case, its questions, reactions, the reader's watch.
			practices          | slug
			practice_comments  | practiceId at
			practice_adoptions | practiceId
			practice_helpful   | practiceId memberId
			practice_watches   | memberId kind target
			# /praxis with filters, related cases, feeds: the published cases newest first (the
			# filters narrow them in memory, with their counts); a municipality's cases and towns.
			practices          | status publishedAt
			practices          | status content.municipalities
			municipalities     | slug
			municipalities     | partOf
			# An event's plan: the event, its proposals, a member's stars; coming events.
			events             | slug
			events             | endsAt
			sessionProposals   | event
			stars              | memberId event
			# A talk page: the talk, its series, captions and recordings; coming talks, an event's.
			talks              | series slug
			talks              | startsAt
			talks              | event
			talkSeries         | slug
			talkCaptions       | talk
			recordingJobs      | series talk
			""")
	void aHotQueryHasAnIndexStartingWithItsFields(String collection, String fields) {
		String[] wanted = fields.split(" ");
		assertThat(DECLARED.getOrDefault(collection, List.of())).as("index on %s starting with %s", collection, fields)
			.anySatisfy((keys) -> assertThat(new ArrayList<>(keys.keySet())).startsWith(wanted));
	}

	@Test
	void theEmbeddedServerKeepsTheUniqueIndexesMongoIndexesCreates() {
		try (EmbeddedMongo server = EmbeddedMongo.inMemory();
				MongoClient client = MongoClients.create(server.connectionString("indexes"))) {
			ReactiveMongoTemplate template = new ReactiveMongoTemplate(client, "indexes");
			new MongoIndexes(template, context()).afterSingletonsInstantiated();
			List<IndexInfo> practices = template.indexOps("practices").getIndexInfo().collectList().block();
			assertThat(practices).anySatisfy((index) -> {
				assertThat(index.isUnique()).isTrue();
				assertThat(index.getIndexFields()).extracting("key").containsExactly("slug");
			});
			List<IndexInfo> talks = template.indexOps("talks").getIndexInfo().collectList().block();
			assertThat(talks).anySatisfy((index) -> {
				assertThat(index.isUnique()).isTrue();
				assertThat(index.getIndexFields()).extracting("key").containsExactly("series", "slug");
			});
		}
	}

	private static Map<String, List<Document>> declared() {
		MongoMappingContext context = context();
		MongoPersistentEntityIndexResolver resolver = new MongoPersistentEntityIndexResolver(context);
		return DOCUMENTS.stream()
			.map(context::getRequiredPersistentEntity)
			.collect(Collectors.toMap((entity) -> entity.getCollection(),
					(entity) -> StreamSupport
						.stream(resolver.resolveIndexFor(entity.getTypeInformation()).spliterator(), false)
						.map((index) -> ((IndexDefinition) index.getIndexDefinition()).getIndexKeys())
						.toList(),
					(one, other) -> {
						List<Document> both = new ArrayList<>(one);
						both.addAll(other);
						return both;
					}));
	}

	private static MongoMappingContext context() {
		MongoMappingContext context = new MongoMappingContext();
		context.setSimpleTypeHolder(new MongoCustomConversions(List.of()).getSimpleTypeHolder());
		context.setInitialEntitySet(DOCUMENTS);
		context.afterPropertiesSet();
		return context;
	}

}
