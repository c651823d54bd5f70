package de.impulsnetz.system;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.event.SimpleApplicationEventMulticaster;

/**
 * Domain events (past-tense records such as {@code PracticePublished}) are published once
 * the write they report has completed; what listeners do with them — index, mail, notify
 * — is a consequence, not part of the write. So a listener that fails is logged and the
 * other listeners still run, instead of turning the completed write into an error answer
 * or keeping the listeners after it from hearing of the event. This holds for events
 * published through {@code ReactiveEvents} and the plain
 * {@code ApplicationEventPublisher} alike. The framework's own events
 * ({@link ApplicationEvent}s such as the context starting) keep failing loudly.
 */
@Configuration(proxyBeanMethods = false)
class EventConfiguration {

	@Bean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME)
	static ApplicationEventMulticaster applicationEventMulticaster(BeanFactory beans) {
		return new DomainEventMulticaster(beans);
	}

	/**
	 * Calls the listeners on the publishing thread, as Spring's default does, and logs a
	 * domain event listener's failure.
	 */
	static final class DomainEventMulticaster extends SimpleApplicationEventMulticaster {

		private static final Log logger = LogFactory.getLog(DomainEventMulticaster.class);

		DomainEventMulticaster(BeanFactory beans) {
			super(beans);
		}

		@Override
		protected void invokeListener(ApplicationListener<?> listener, ApplicationEvent event) {
			if (!(event instanceof PayloadApplicationEvent<?> domain)) {
				super.invokeListener(listener, event);
				return;
			}
			try {
				super.invokeListener(listener, event);
			}
			catch (RuntimeException failure) {
				logger.error("A listener of " + domain.getPayload().getClass().getSimpleName()
						+ " failed; the write it reports stands", failure);
			}
		}

	}

}
