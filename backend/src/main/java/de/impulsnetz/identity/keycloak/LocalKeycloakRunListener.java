package de.impulsnetz.identity.keycloak;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Dev run: launches the local Keycloak as soon as the configuration is known, lets the
 * app context start meanwhile, waits for Keycloak's readiness before provisioning runs,
 * and stops Keycloak with the app (or when start-up fails). Only when
 * {@code impulsnetz.keycloak.local.enabled=true}.
 */
public class LocalKeycloakRunListener implements SpringApplicationRunListener, Ordered {

	private LocalKeycloak keycloak;

	private Duration timeout;

	public LocalKeycloakRunListener(SpringApplication application, String[] args) {
	}

	@Override
	public void environmentPrepared(ConfigurableBootstrapContext bootstrapContext,
			ConfigurableEnvironment environment) {
		if (!environment.getProperty("impulsnetz.keycloak.local.enabled", Boolean.class, false)) {
			return;
		}
		this.keycloak = new LocalKeycloak(Path.of(environment.getRequiredProperty("impulsnetz.keycloak.local.home")),
				environment.getRequiredProperty("impulsnetz.keycloak.local.port", Integer.class),
				environment.getRequiredProperty("impulsnetz.keycloak.local.management-port", Integer.class));
		this.timeout = environment.getProperty("impulsnetz.keycloak.local.start-timeout", Duration.class,
				Duration.ofMinutes(3));
		this.keycloak.start();
	}

	@Override
	public void contextPrepared(ConfigurableApplicationContext context) {
		if (this.keycloak != null) {
			DefaultSingletonBeanRegistry registry = (DefaultSingletonBeanRegistry) context.getBeanFactory();
			registry.registerDisposableBean("localKeycloak", this.keycloak::stop);
		}
	}

	@Override
	public void started(ConfigurableApplicationContext context, Duration timeTaken) {
		if (this.keycloak != null) {
			this.keycloak.awaitReady(this.timeout);
		}
	}

	@Override
	public void failed(ConfigurableApplicationContext context, Throwable exception) {
		if (this.keycloak != null) {
			this.keycloak.stop();
		}
	}

	@Override
	public int getOrder() {
		return 20;
	}

}
