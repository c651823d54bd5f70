package de.impulsnetz.storage;

import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Database health for {@code /actuator/health}. Replaces Spring Boot's indicator, whose
 * {@code hello} command the embedded server does not know; {@code ping} works on both the
 * embedded server and a real MongoDB.
 */
@Component("mongoHealthIndicator")
class MongoHealth extends AbstractReactiveHealthIndicator {

	private final ReactiveMongoTemplate template;

	MongoHealth(ReactiveMongoTemplate template) {
		super("MongoDB health check failed");
		this.template = template;
	}

	@Override
	protected Mono<Health> doHealthCheck(Health.Builder builder) {
		return this.template.executeCommand(new Document("ping", 1)).map((reply) -> builder.up().build());
	}

}
