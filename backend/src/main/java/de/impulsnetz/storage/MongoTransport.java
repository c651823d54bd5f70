package de.impulsnetz.storage;

import com.mongodb.MongoClientSettings;
import com.mongodb.connection.TransportSettings;

import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.boot.mongodb.autoconfigure.StandardMongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The MongoDB driver talks over its own asynchronous sockets. With Netty on the class
 * path Spring Boot would give the driver a Netty event loop group of its own: two more
 * threads beside the web server's on a two-core machine, and every stop of the
 * application waits out Netty's two-second quiet period while that group shuts down.
 * Connection string, pool and timeouts still come from {@code spring.mongodb.*}.
 */
@Configuration(proxyBeanMethods = false)
class MongoTransport {

	@Bean
	MongoClientSettings mongoClientSettings() {
		return MongoClientSettings.builder().transportSettings(TransportSettings.asyncBuilder().build()).build();
	}

	@Bean
	StandardMongoClientSettingsBuilderCustomizer standardMongoSettingsCustomizer(MongoProperties properties,
			MongoConnectionDetails connectionDetails) {
		return new StandardMongoClientSettingsBuilderCustomizer(connectionDetails,
				properties.getRepresentation().getUuid());
	}

}
