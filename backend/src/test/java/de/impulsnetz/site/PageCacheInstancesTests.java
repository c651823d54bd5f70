package de.impulsnetz.site;

import java.time.Duration;
import java.time.Instant;

import de.impulsnetz.ImpulsnetzApplication;
import de.impulsnetz.OwnJvm;
import de.impulsnetz.content.ImportStamp;
import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityDirectory;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances on one database: a change made on one drops the kept pages of the other
 * within a few seconds (the counter in the collection {@value PageChanges#COLLECTION}).
 */
@OwnJvm
class PageCacheInstancesTests {

	private static final String MUNICIPALITY = "kreis-steinfurt";

	private static final String PAGE = "/kommunen/" + MUNICIPALITY;

	@Test
	void aChangeOnOneInstanceShowsOnTheOtherWithinSeconds() {
		String[] first = { "--spring.profiles.active=test", "--server.port=0", "--impulsnetz.page-cache.enabled=true",
				"--impulsnetz.page-cache.poll=1s" };
		try (ConfigurableApplicationContext one = SpringApplication.run(ImpulsnetzApplication.class, first)) {
			String[] second = { "--spring.profiles.active=test", "--server.port=0",
					"--impulsnetz.page-cache.enabled=true", "--impulsnetz.page-cache.poll=1s",
					"--spring.mongodb.uri=" + one.getEnvironment().getProperty("spring.mongodb.uri") };
			try (ConfigurableApplicationContext two = SpringApplication.run(ImpulsnetzApplication.class, second)) {
				WebTestClient onOne = client(one);
				WebTestClient onTwo = client(two);
				Municipality steinfurt = one.getBean(MunicipalityDirectory.class).bySlug(MUNICIPALITY).block();
				assertThat(page(onTwo)).contains(steinfurt.name());
				assertThat(page(onOne)).contains(steinfurt.name());
				assertThat(two.getBean(PageCache.class).size()).isPositive();

				one.getBean(MunicipalityDirectory.class)
					.importFromContent(new Municipality(null, steinfurt.slug(), "Kreis Steinfurt-Neu", steinfurt.kind(),
							steinfurt.region(), steinfurt.state(), steinfurt.website(), steinfurt.emailDomains(),
							steinfurt.partOf(), steinfurt.description(),
							new ImportStamp("kommunen/kreis-steinfurt.md", "renamed", Instant.now()), null, null))
					.block();
				assertThat(page(onOne)).contains("Kreis Steinfurt-Neu");
				await().atMost(Duration.ofSeconds(5))
					.pollInterval(Duration.ofMillis(100))
					.until(() -> page(onTwo).contains("Kreis Steinfurt-Neu"));
			}
		}
	}

	private static WebTestClient client(ConfigurableApplicationContext context) {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + context.getEnvironment().getProperty("local.server.port"))
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	private static String page(WebTestClient client) {
		return client.get()
			.uri(PAGE)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
