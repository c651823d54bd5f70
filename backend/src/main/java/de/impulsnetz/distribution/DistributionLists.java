package de.impulsnetz.distribution;

import de.impulsnetz.identity.Member;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where the Verteiler learns which lists exist, who may do what on them and who gets
 * their mails; implemented by the feature that owns the people (the working groups), so
 * that this module knows no group. Every bean of this type is asked, in their
 * {@link org.springframework.core.annotation.Order}; the first that knows a key answers
 * for it.
 */
public interface DistributionLists {

	/**
	 * The list with this key (e.g. a group's slug), or empty when this source does not
	 * know it.
	 */
	Mono<ListInfo> find(String key);

	/**
	 * What the member (or an anonymous reader, {@code null}) may do on the list.
	 */
	Mono<ListRights> rights(ListInfo list, @Nullable Member member);

	/**
	 * Everyone the list's mails go to, with the address to send them to.
	 */
	Flux<Recipient> recipients(ListInfo list);

	/**
	 * The lists of this source the member may read; none for anonymous readers.
	 */
	Flux<ListInfo> readableBy(@Nullable Member member);

	/**
	 * @param key how the list is addressed ({@code /verteiler/{key}})
	 * @param title the name shown on pages and in the subject of its mails
	 * @param path the page of the list's owner, e.g. {@code /arbeitsgruppen/steinfurt}
	 */
	record ListInfo(String key, String title, String path) {

	}

	/**
	 * @param read see the messages (people of the group)
	 * @param post write messages and replies, report messages (people of the group)
	 * @param moderate hide and show messages, see hidden ones and reports (coordinators)
	 */
	record ListRights(boolean read, boolean post, boolean moderate) {

		public static final ListRights NONE = new ListRights(false, false, false);

	}

	/**
	 * @param memberId the person's member id (Keycloak's {@code sub})
	 * @param email where the list's mails go
	 */
	record Recipient(String memberId, String email) {

	}

}
