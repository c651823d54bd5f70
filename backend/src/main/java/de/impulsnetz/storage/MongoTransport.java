package de.impulsnetz.storage;

import java.util.concurrent.TimeUnit;

import com.mongodb.MongoClientSettings;
import com.mongodb.connection.TransportSettings;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;

import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.boot.mongodb.autoconfigure.StandardMongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The MongoDB driver talks over Netty, as Spring Boot sets it up when Netty is on the
 * class path (measured on the logged-in case page: 137 requests per second against 78
 * with the driver's own asynchronous sockets), but with an event loop group that stops at
 * once when the application stops. Spring Boot's own group waits out Netty's two-second
 * quiet period, after the driver has closed every connection: two seconds of nothing at
 * every stop, which the tests' many application stops add up.
 * <p>
 * A settings bean of the application's own makes Spring Boot leave out both its Netty
 * group and its settings configuration, so the customizer that applies
 * {@code spring.mongodb.*} (connection string, UUID representation, SSL) is declared here
 * as Spring Boot declares it.
 */
@Configuration(proxyBeanMethods = false)
class MongoTransport {

	@Bean
	EventLoops mongoEventLoops() {
		return new EventLoops(new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory()));
	}

	@Bean
	MongoClientSettings mongoClientSettings(EventLoops mongoEventLoops) {
		return MongoClientSettings.builder()
			.transportSettings(TransportSettings.nettyBuilder().eventLoopGroup(mongoEventLoops.group()).build())
			.build();
	}

	@Bean
	StandardMongoClientSettingsBuilderCustomizer standardMongoSettingsCustomizer(MongoProperties properties,
			MongoConnectionDetails connectionDetails) {
		return new StandardMongoClientSettingsBuilderCustomizer(connectionDetails,
				properties.getRepresentation().getUuid());
	}

	/**
	 * The driver's event loops. Stopped after the client that uses them (a bean is
	 * destroyed after those that depend on it), without a quiet period: no connection is
	 * left to be quiet about.
	 */
	record EventLoops(EventLoopGroup group) implements AutoCloseable {

		@Override
		public void close() {
			this.group.shutdownGracefully(0, 5, TimeUnit.SECONDS).awaitUninterruptibly();
		}

	}

}
