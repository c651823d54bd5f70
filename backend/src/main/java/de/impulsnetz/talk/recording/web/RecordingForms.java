package de.impulsnetz.talk.recording.web;

import java.util.List;

import de.impulsnetz.identity.AccessRules;
import de.impulsnetz.shared.web.StreamedForms;

import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * The recording page needs a login (which member may upload, {@code TalkAccess} says);
 * its upload form is streamed by {@link RecordingController}, which checks the CSRF token
 * and the size itself.
 */
@Component
class RecordingForms implements AccessRules, StreamedForms {

	static final String UPLOAD = "/impulse/*/*/aufnahme";

	@Override
	public void pages(AuthorizeExchangeSpec pages) {
		pages.pathMatchers(UPLOAD).authenticated();
	}

	@Override
	public List<String> paths() {
		return List.of(UPLOAD);
	}

}
