package de.impulsnetz.identity.account;

import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.municipality.channel.ChannelEditor;
import de.impulsnetz.municipality.channel.ChannelEditors;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Tells the channels who is asking, from the login or the API's bearer token: the
 * municipality and the admin role as Keycloak says now ({@link CurrentMember}).
 */
@Component
public class MemberChannelEditors implements ChannelEditors {

	private final CurrentMember currentMember;

	MemberChannelEditors(CurrentMember currentMember) {
		this.currentMember = currentMember;
	}

	@Override
	public Mono<ChannelEditor> current() {
		return this.currentMember.get()
			.map((member) -> new ChannelEditor(member.id(), member.name(), member.municipality(), member.isAdmin()));
	}

}
