package de.impulsnetz.shared.work;

import java.lang.reflect.Method;

import reactor.core.publisher.Mono;

import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ApplicationListenerMethodAdapter;
import org.springframework.context.event.DefaultEventListenerFactory;
import org.springframework.stereotype.Component;

/**
 * Lets {@link ReactiveEvents#publish} await the {@link Mono} an {@code @EventListener}
 * method returns. Ordered after Spring's transactional listener factory, so
 * {@code @TransactionalEventListener} methods keep their own handling.
 */
@Component
class AwaitingEventListenerFactory extends DefaultEventListenerFactory {

	AwaitingEventListenerFactory() {
		setOrder(100);
	}

	@Override
	public boolean supportsMethod(Method method) {
		return Mono.class.isAssignableFrom(method.getReturnType());
	}

	@Override
	public ApplicationListener<?> createApplicationListener(String beanName, Class<?> type, Method method) {
		return new ApplicationListenerMethodAdapter(beanName, type, method) {

			@Override
			protected void handleResult(Object result) {
				if (!(result instanceof Mono<?> work) || !ReactiveEvents.await(work)) {
					super.handleResult(result);
				}
			}

		};
	}

}
