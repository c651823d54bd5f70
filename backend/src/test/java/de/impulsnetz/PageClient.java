package de.impulsnetz;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import de.impulsnetz.identity.Member;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The app's pages for a signed-in member or an anonymous reader. Bound to the application
 * context rather than the port, so that members can be mocked; the login itself is tested
 * against the real Keycloak.
 */
public final class PageClient {

	private final WebTestClient client;

	public PageClient(ApplicationContext context) {
		this.client = WebTestClient.bindToApplicationContext(context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			// Pages that read a recording's tracks and chapters take a while on a busy
			// machine.
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	/**
	 * The client for anonymous requests.
	 */
	public WebTestClient anonymous() {
		return this.client;
	}

	/**
	 * The client for requests of the member, CSRF token included.
	 */
	public WebTestClient as(Member member) {
		return this.client.mutateWith(SignedIn.as(member)).mutateWith(csrf());
	}

	public String get(@Nullable Member member, String path, HttpStatus status) {
		WebTestClient client = (member != null) ? as(member) : this.client;
		return client.get()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	public String post(Member member, String path, MultiValueMap<String, String> form, HttpStatus status) {
		return as(member).post()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * Where the member's form sends them: the Location of the redirect, with query and
	 * fragment.
	 */
	public String redirect(Member member, String path, MultiValueMap<String, String> form) {
		return as(member).post()
			.uri(path)
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
	}

	/**
	 * Posts the form as the member and returns the path the answer redirects to.
	 */
	public String redirected(Member member, String path, MultiValueMap<String, String> form) {
		return URI.create(redirect(member, path, form)).getPath();
	}

	/**
	 * A JSON API request with the member's bearer token (none for {@code null}); the
	 * answer's JSON object, empty when it has none.
	 */
	@SuppressWarnings("unchecked")
	public Map<String, Object> api(@Nullable Member member, HttpMethod method, String path, @Nullable Object body,
			HttpStatus status) {
		WebTestClient.RequestBodySpec request = ((member != null) ? this.client.mutateWith(SignedIn.bearer(member))
				: this.client)
			.method(method)
			.uri(path);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
		}
		Map<String, Object> answer = request.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return (answer != null) ? answer : Map.of();
	}

}
