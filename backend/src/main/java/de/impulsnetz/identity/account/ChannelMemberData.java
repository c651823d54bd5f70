package de.impulsnetz.identity.account;

import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.MemberDataHolder;
import java.util.Map;

import de.impulsnetz.municipality.channel.ChannelKeeping;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The changes of municipalities' channels a member saved: exported with the member's
 * data, and on erasure kept without id and name (the channels belong to the
 * municipality).
 */
@Component
public class ChannelMemberData implements MemberDataHolder {

	private final ChannelKeeping channels;

	ChannelMemberData(ChannelKeeping channels) {
		this.channels = channels;
	}

	@Override
	public String key() {
		return "kanalAenderungen";
	}

	@Override
	public Mono<Object> export(Member member) {
		return this.channels.changesBy(member.id())
			.map((change) -> Map.of("kommune", change.slug(), "version", change.revision(), "zeit",
					change.at().toString()))
			.collectList()
			.map((changes) -> Map.of("gespeicherteAenderungen", changes));
	}

	@Override
	public Mono<Void> erase(Member member) {
		return this.channels.forget(member.id());
	}

}
