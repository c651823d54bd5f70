package de.impulsnetz.identity.keycloak;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Provisions Keycloak after the content import (organizations follow the municipalities).
 * When Keycloak is not reachable the app starts anyway and tries again every minute.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("impulsnetz.keycloak.provisioning.enabled")
class ProvisioningRunner implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(ProvisioningRunner.class);

	private final KeycloakProvisioning provisioning;

	private final KeycloakProperties properties;

	private final AtomicBoolean done = new AtomicBoolean();

	ProvisioningRunner(KeycloakProvisioning provisioning, KeycloakProperties properties) {
		this.provisioning = provisioning;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		tryProvisioning();
	}

	@Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
	void retry() {
		if (!this.done.get()) {
			Mono.fromRunnable(this::tryProvisioning).subscribeOn(Schedulers.boundedElastic()).subscribe();
		}
	}

	private synchronized void tryProvisioning() {
		if (this.done.get()) {
			return;
		}
		try {
			this.provisioning.provision();
			this.done.set(true);
			if (this.properties.provisioning().demoUsers()) {
				printDemoLogins();
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Keycloak at " + this.properties.url() + " could not be provisioned (" + ex.getMessage()
					+ "); public pages work, login waits for Keycloak. Trying again in a minute.");
		}
	}

	private void printDemoLogins() {
		StringBuilder text = new StringBuilder("\n\n  Demo-Zugänge (Passwort jeweils \"" + DemoUser.PASSWORD + "\")\n");
		for (DemoUser user : DemoUser.ALL) {
			text.append(String.format("    %-16s %-10s %s%n", user.username(), user.role().keycloakName(),
					user.municipality()));
		}
		text.append("  Anmelden: ").append(this.properties.provisioning().appUrl()).append("/anmelden\n");
		logger.info(text);
	}

}
