package de.impulsnetz.identity.session;

import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.MemberDataHolder;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The member's sessions as personal data: listed in the export, ended when the account is
 * deleted (so no other device stays logged in).
 */
@Component
public class SessionData implements MemberDataHolder {

	private final MongoWebSessionStore store;

	SessionData(SessionConfiguration sessions) {
		this.store = sessions.store();
	}

	@Override
	public String key() {
		return "sitzungen";
	}

	@Override
	public Mono<Object> export(Member member) {
		return this.store.sessionsOf(member.id())
			.map((session) -> Map.of("begonnen", session.createdAt().toString(), "zuletztGenutzt",
					session.lastAccessedAt().toString(), "endetSpaetestens", session.expiresAt().toString()))
			.collectList()
			.map((sessions) -> sessions);
	}

	@Override
	public Mono<Void> erase(Member member) {
		return this.store.removeSessionsOf(member.id()).then();
	}

}
