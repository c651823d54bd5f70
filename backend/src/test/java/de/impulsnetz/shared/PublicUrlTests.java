package de.impulsnetz.shared;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The site's one public address: without a trailing slash however it is written, paths
 * put after it with exactly one slash, and an app configured with an address that is no
 * absolute http or https URL does not start, saying so in German and English.
 */
class PublicUrlTests {

	@Test
	void theBaseHasNoTrailingSlashAndPathsGetExactlyOne() {
		PublicUrl url = PublicUrl.of("https://impulse.example/");
		assertThat(url.base()).isEqualTo("https://impulse.example");
		assertThat(url.resolve("/praxis/x")).isEqualTo("https://impulse.example/praxis/x");
		assertThat(url.resolve("praxis/x")).isEqualTo("https://impulse.example/praxis/x");
		assertThat(PublicUrl.of(" http://localhost:8080/netz// ").base()).isEqualTo("http://localhost:8080/netz");
	}

	@Test
	void refusesAddressesThatAreNoAbsoluteHttpUrl() {
		for (String wrong : List.of("", "impulse.example", "/impulse", "ftp://impulse.example",
				"https://impulse.example/?a=b", "https://impulse.example/#oben", "https://",
				"http://ein raum.example")) {
			assertThatIllegalArgumentException().as(wrong)
				.isThrownBy(() -> PublicUrl.of(wrong))
				.withMessageContaining("IMPULSNETZ_PUBLIC_URL")
				.withMessageContaining("öffentliche Adresse")
				.withMessageContaining("public address");
		}
	}

	@Test
	void theAppDoesNotStartWithAWrongAddress() {
		ApplicationContextRunner app = new ApplicationContextRunner().withBean(PublicUrl.class);
		app.withPropertyValues("impulsnetz.public-url=impulse.example")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("keine absolute http- oder https-Adresse"));
		app.withPropertyValues("impulsnetz.public-url=https://impulse.example/")
			.run((context) -> assertThat(context.getBean(PublicUrl.class).base()).isEqualTo("https://impulse.example"));
	}

}
