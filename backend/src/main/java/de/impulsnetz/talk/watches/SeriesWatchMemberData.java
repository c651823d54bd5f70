package de.impulsnetz.talk.watches;

import java.util.Map;

import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.MemberDataHolder;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The talk series a member watches, with the address their mails go to: exported, and
 * removed when the member's data is erased.
 */
@Component
class SeriesWatchMemberData implements MemberDataHolder {

	private final SeriesWatchRepository watches;

	SeriesWatchMemberData(SeriesWatchRepository watches) {
		this.watches = watches;
	}

	@Override
	public String key() {
		return "impulsreihenBeobachtet";
	}

	@Override
	public Mono<Object> export(Member member) {
		return this.watches.findByMemberId(member.id())
			.map(SeriesWatch::series)
			.collectList()
			.map((series) -> Map.of("reihen", series));
	}

	@Override
	public Mono<Void> erase(Member member) {
		return this.watches.deleteByMemberId(member.id());
	}

}
