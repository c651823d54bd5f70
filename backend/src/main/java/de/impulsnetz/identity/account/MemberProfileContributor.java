package de.impulsnetz.identity.account;

import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.identity.invitation.MunicipalityOrganizations;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.impulsnetz.municipality.MunicipalityProfileContributor;
import de.impulsnetz.municipality.ProfileEntry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Lists who belongs to a municipality on its page, for logged-in members only: names of
 * colleagues are not for the public web. The names are asked from Keycloak once per
 * municipality and {@link #KEEP}, not once per page view; a failed call is not kept.
 */
@Component
@Order(10)
public class MemberProfileContributor implements MunicipalityProfileContributor {

	static final Duration KEEP = Duration.ofMinutes(2);

	private static final Log logger = LogFactory.getLog(MemberProfileContributor.class);

	private final CurrentMember currentMember;

	private final AsyncLoadingCache<String, List<String>> names;

	@Autowired
	MemberProfileContributor(CurrentMember currentMember, MunicipalityOrganizations organizations) {
		this(currentMember, organizations::memberNames, KEEP);
	}

	MemberProfileContributor(CurrentMember currentMember, Function<String, Flux<String>> memberNames, Duration keep) {
		this.currentMember = currentMember;
		this.names = Caffeine.newBuilder()
			.expireAfterWrite(keep)
			.maximumSize(1000)
			.buildAsync((municipality, executor) -> memberNames.apply(municipality).collectList().toFuture());
	}

	@Override
	public Flux<ProfileEntry> entriesFor(String municipality) {
		return this.currentMember.get()
			.flatMap((member) -> Mono.fromFuture(() -> this.names.get(municipality), true))
			.flatMapIterable(Function.identity())
			.map((name) -> new ProfileEntry("municipality.section.members", name, null, null))
			.onErrorResume((error) -> {
				logger.info("Members of " + municipality + " not listed: " + error.getMessage());
				return Flux.empty();
			});
	}

}
