package de.impulsnetz.identity.session;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A web session as stored in MongoDB, so that any app instance can serve any member.
 *
 * @param attributes the session attributes, JDK-serialised (security context, OAuth2
 * tokens, pending authorization request)
 * @param member id of the logged-in member, so that deleting an account ends all of its
 * sessions; {@code null} before login
 * @param keycloakSession Keycloak's session of the login ({@code sid} of the ID token),
 * so that Keycloak's back-channel logout ends it; {@code null} before login
 * @param expiresAt when the session dies if not used again; MongoDB removes it by TTL
 * index where the server supports that, the store ignores it on read everywhere
 */
@Document("webSessions")
public record StoredSession(@Id String id, Instant createdAt, Instant lastAccessedAt, long maxIdleSeconds,
		byte[] attributes, @Indexed @Nullable String member, @Indexed @Nullable String keycloakSession,
		@Indexed(expireAfter = "0s") Instant expiresAt) {

}
