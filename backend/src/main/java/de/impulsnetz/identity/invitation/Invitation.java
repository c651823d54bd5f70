package de.impulsnetz.identity.invitation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * That someone invited a person into a municipality, kept to count invitations per day.
 * Who was invited is not stored: Keycloak holds the invitation itself.
 *
 * @param inviter Keycloak id of the organiser or admin who invited
 * @param invitedAt when; MongoDB removes the record 30 days later (TTL index)
 */
@Document("invitations")
public record Invitation(@Id @Nullable String id, @Indexed String inviter, String municipality,
		@Indexed(expireAfter = "30d") Instant invitedAt) {

}
