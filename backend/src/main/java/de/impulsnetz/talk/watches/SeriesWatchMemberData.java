package de.impulsnetz.talk.watches;

import java.util.Map;

import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.MemberDataHolder;
import de.impulsnetz.identity.OwnContent;
import de.impulsnetz.talk.TalkLibrary;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The talk series a member watches, with the address their mails go to: exported, and
 * removed when the member's data is erased.
 */
@Component
class SeriesWatchMemberData implements MemberDataHolder {

	private final SeriesWatchRepository watches;

	private final TalkLibrary library;

	SeriesWatchMemberData(SeriesWatchRepository watches, TalkLibrary library) {
		this.watches = watches;
		this.library = library;
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
	public Flux<OwnContent> overview(Member member) {
		return this.watches.findByMemberId(member.id())
			.concatMap((watch) -> this.library.series(watch.series())
				.map((series) -> OwnContent.of("account.overview.watches", series.title(), "/impulse/" + series.slug(),
						null)));
	}

	@Override
	public Mono<Void> erase(Member member) {
		return this.watches.deleteByMemberId(member.id());
	}

}
