package de.impulsnetz.distribution;

import java.util.List;

import de.impulsnetz.distribution.DistributionLists.ListInfo;
import de.impulsnetz.distribution.DistributionLists.ListRights;
import de.impulsnetz.distribution.DistributionLists.Recipient;
import de.impulsnetz.identity.Member;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Every {@link DistributionLists} bean, asked in order: the first that knows a key
 * answers for that list.
 */
@Component
class ListDirectory {

	private final List<DistributionLists> sources;

	ListDirectory(List<DistributionLists> sources) {
		this.sources = List.copyOf(sources);
	}

	Mono<KnownList> find(String key) {
		return Flux.fromIterable(this.sources)
			.concatMap((source) -> source.find(key).map((list) -> new KnownList(list, source)))
			.next();
	}

	/**
	 * Every list the member may read, each once, by the order of the sources.
	 */
	Flux<ListInfo> readableBy(@Nullable Member member) {
		return Flux.fromIterable(this.sources)
			.concatMap((source) -> source.readableBy(member))
			.distinct(ListInfo::key)
			.concatMap((list) -> find(list.key()).filter((known) -> known.info().equals(list)).map(KnownList::info));
	}

	/**
	 * A list together with the source that knows it.
	 */
	record KnownList(ListInfo info, DistributionLists source) {

		String key() {
			return this.info.key();
		}

		Mono<ListRights> rights(@Nullable Member member) {
			return this.source.rights(this.info, member);
		}

		Flux<Recipient> recipients() {
			return this.source.recipients(this.info);
		}

	}

}
