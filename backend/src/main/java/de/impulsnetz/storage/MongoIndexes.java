package de.impulsnetz.storage;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes that documents declare with {@code @Indexed} and
 * {@code @CompoundIndex}, once at start-up and before anything reads or imports. Unique
 * indexes are what keeps integrity without transactions, so they must exist before the
 * first write, not lazily.
 */
@Component
class MongoIndexes implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(MongoIndexes.class);

	private final ReactiveMongoTemplate template;

	private final MongoMappingContext mappingContext;

	MongoIndexes(ReactiveMongoTemplate template, MongoMappingContext mappingContext) {
		this.template = template;
		this.mappingContext = mappingContext;
	}

	@Override
	public void afterSingletonsInstantiated() {
		MongoPersistentEntityIndexResolver resolver = new MongoPersistentEntityIndexResolver(this.mappingContext);
		Long created = Flux.fromIterable(this.mappingContext.getPersistentEntities())
			.filter((entity) -> entity.isAnnotationPresent(Document.class))
			.flatMap((entity) -> ensure(resolver, entity))
			.count()
			.block();
		logger.info("Ensured " + created + " MongoDB indexes");
	}

	private Flux<String> ensure(MongoPersistentEntityIndexResolver resolver, MongoPersistentEntity<?> entity) {
		return Flux.fromIterable(resolver.resolveIndexFor(entity.getTypeInformation()))
			.concatMap((index) -> this.template.indexOps(entity.getCollection())
				.createIndex((IndexDefinition) index.getIndexDefinition()));
	}

}
