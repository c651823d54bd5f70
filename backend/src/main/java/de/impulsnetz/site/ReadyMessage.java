package de.impulsnetz.site;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started the app where to find it.
 */
@Component
class ReadyMessage {

	private static final Log logger = LogFactory.getLog(ReadyMessage.class);

	@EventListener
	void ready(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
			logger.info("Impulsnetz is ready: http://localhost:" + web.getWebServer().getPort() + "/");
		}
	}

}
