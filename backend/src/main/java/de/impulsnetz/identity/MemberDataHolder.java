package de.impulsnetz.identity;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Implemented by every feature that stores personal data of members, so that a member can
 * export it and have it erased (DSGVO Art. 15, 17, 20) without the identity module
 * knowing the features.
 */
public interface MemberDataHolder {

	/**
	 * Key of this feature's part in the export, e.g. {@code praxisbeispiele}.
	 */
	String key();

	/**
	 * Everything this feature stores about the member, as JSON-serialisable data.
	 */
	Mono<Object> export(Member member);

	/**
	 * Removes the member's personal data, or anonymises it where others' content depends
	 * on it (a co-authored case stays, without the name).
	 */
	Mono<Void> erase(Member member);

	/**
	 * What of the member's own this feature holds, named and linked, for the overview on
	 * the account page; nothing by default.
	 */
	default Flux<OwnContent> overview(Member member) {
		return Flux.empty();
	}

}
