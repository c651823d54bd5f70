package de.impulsnetz.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Periodic work of the features ({@code @Scheduled}: session clean-up, provisioning
 * retries, the search catch-up). Each task only starts its work and returns, so the
 * scheduler's threads ({@code spring.task.scheduling.pool.size}) are never held for long
 * and every task runs on time.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {

}
