package de.impulsnetz;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write operation of the OpenAPI description, as it is served, with bodies made to
 * break it — each required field missing, nulls, wrong types, very long strings, huge
 * arrays, unknown enum values, nulls inside arrays, broken and deeply nested JSON — by a
 * member, an organiser and an admin, on real addresses from {@code content/} and on
 * unknown ones. None is answered with a 5xx, and every refusal is a problem detail.
 */
@IntegrationTest
class HostileApiRequestsTests {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String MUNICIPALITY = "sozialwerk-muensterland";

	private static final List<Member> ROLES = List.of(
			new Member("hostile-member", "hm", "Hanna Mitglied", null, MUNICIPALITY, Set.of(Role.MEMBER)),
			new Member("hostile-organiser", "ho", "Hugo Orga", null, MUNICIPALITY, Set.of(Role.MEMBER, Role.ORGANISER)),
			new Member("hostile-admin", "ha", "Heidi Admin", null, MUNICIPALITY, Set.of(Role.MEMBER, Role.ADMIN)));

	private static final String UNKNOWN = "gibt-es-nicht-4711";

	private static final String LONG = "x".repeat(100_000);

	private static final int HUGE = 10_000;

	private static final int DEEP = 10_000;

	private final WebTestClient client;

	private final JsonNode description;

	private final List<String> findings = new ArrayList<>();

	private int requests;

	HostileApiRequestsTests(@Autowired ApplicationContext context) {
		this.client = new PageClient(context).anonymous().mutate().responseTimeout(Duration.ofSeconds(30)).build();
		this.description = read("/v3/api-docs");
	}

	@Test
	void noWriteOperationAnswersAHostileRequestWithAServerErrorAndEveryRefusalIsAProblem() {
		List<Operation> operations = writeOperations();
		assertThat(operations).extracting(Operation::toString)
			.contains("POST /api/v1/praxis", "PUT /api/v1/praxis/{slug}", "POST /api/v1/veranstaltungen",
					"POST /api/v1/veranstaltungen/{slug}/vorschlaege");
		for (Operation operation : operations) {
			List<String> targets = targets(operation.path());
			List<Variant> variants = (operation.body() != null) ? variants(operation.body()) : List.of(Variant.NONE);
			for (int i = 0; i < Math.max(variants.size(), ROLES.size() * targets.size()); i++) {
				Member role = ROLES.get(i % ROLES.size());
				String target = targets.get((i / ROLES.size()) % targets.size());
				Variant variant = variants.get(i % variants.size());
				send(operation.method(), target, role, variant.name(), variant.body().apply(role));
			}
			send(operation.method(), targets.get(0), null, "anonym", null);
		}
		assertThat(this.requests).isGreaterThan(300);
		assertThat(this.findings).isEmpty();
	}

	private void send(String method, String path, @Nullable Member role, String variant, @Nullable String body) {
		WebTestClient client = (role != null) ? this.client.mutateWith(SignedIn.bearer(role)) : this.client;
		WebTestClient.RequestBodySpec request = client.method(HttpMethod.valueOf(method)).uri(path);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).bodyValue(body.getBytes(StandardCharsets.UTF_8));
		}
		EntityExchangeResult<byte[]> result = request.exchange().expectBody().returnResult();
		this.requests++;
		int status = result.getStatus().value();
		String answer = (result.getResponseBody() != null)
				? new String(result.getResponseBody(), StandardCharsets.UTF_8) : "";
		String what = method + " " + path + " as " + ((role != null) ? role.id() : "anonymous") + " with " + variant
				+ ": " + status + " " + answer.substring(0, Math.min(answer.length(), 300));
		if (status >= 500) {
			this.findings.add(what);
		}
		else if (status >= 400 && !isProblem(result, status, answer)) {
			this.findings.add("no problem detail: " + what);
		}
	}

	private static boolean isProblem(EntityExchangeResult<byte[]> result, int status, String answer) {
		MediaType type = result.getResponseHeaders().getContentType();
		if (type == null || !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(type)) {
			return false;
		}
		JsonNode problem = JSON.readTree(answer);
		return problem.path("title").isString() && !problem.path("title").asString().isBlank()
				&& problem.path("status").isInt() && problem.path("status").intValue() == status;
	}

	private List<Operation> writeOperations() {
		List<Operation> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : this.description.path("paths").properties()) {
			for (String method : List.of("post", "put", "patch", "delete")) {
				JsonNode operation = path.getValue().path(method);
				if (operation.isObject()) {
					JsonNode schema = operation.path("requestBody")
						.path("content")
						.path("application/json")
						.path("schema");
					operations.add(new Operation(method.toUpperCase(), path.getKey(),
							schema.isMissingNode() ? null : resolve(schema)));
				}
			}
		}
		// Deletions last, so that they take back what registrations and votes before them
		// did to the content's events.
		operations.sort(Comparator.comparing((operation) -> operation.method().equals("DELETE")));
		return operations;
	}

	/**
	 * The operation's address with path variables of content that exists, and with
	 * unknown ones.
	 */
	private List<String> targets(String template) {
		if (!template.contains("{")) {
			return List.of(template);
		}
		List<String> targets = new ArrayList<>();
		real(template).ifPresent(targets::add);
		targets.add(template.replaceAll("\\{[^}]+}", UNKNOWN));
		return targets;
	}

	private Optional<String> real(String template) {
		int start = template.indexOf('{');
		if (start < 0) {
			return Optional.of(template);
		}
		String listing = template.substring(0, start - 1);
		// As the admin: some listings (a working group's Maßnahmen) are for members only.
		for (JsonNode item : read(listing, ROLES.get(2))) {
			JsonNode key = item.has("slug") ? item.get("slug") : item.get("id");
			String filled = template.substring(0, start) + key.asString()
					+ template.substring(template.indexOf('}', start) + 1);
			Optional<String> candidate = real(filled);
			if (candidate.isPresent()) {
				return candidate;
			}
		}
		return Optional.empty();
	}

	private JsonNode read(String path) {
		return read(path, null);
	}

	private JsonNode read(String path, @Nullable Member member) {
		WebTestClient client = (member != null) ? this.client.mutateWith(SignedIn.bearer(member)) : this.client;
		return JSON.readTree(client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());
	}

	private List<Variant> variants(JsonNode schema) {
		List<Variant> variants = new ArrayList<>();
		variants.add(new Variant("a valid body", (role) -> text(sample(schema, "", role))));
		for (Field field : fields(schema, List.of())) {
			if (field.required()) {
				variants.add(change("without " + field, schema, (body) -> remove(body, field.path())));
			}
			variants.add(change("null in " + field, schema, (body) -> set(body, field.path(), NODES.nullNode())));
			variants.add(change("wrong type in " + field, schema, (body) -> set(body, field.path(), wrongType(field))));
			String type = type(field.schema());
			if (type.equals("string") && !field.schema().has("enum")) {
				variants.add(change("100 000 characters in " + field, schema,
						(body) -> set(body, field.path(), NODES.stringNode(LONG))));
			}
			if (field.schema().has("enum")) {
				variants.add(change("unknown value in " + field, schema,
						(body) -> set(body, field.path(), NODES.stringNode("GIBT_ES_NICHT"))));
			}
			if (type.equals("array")) {
				variants.add(new Variant(HUGE + " elements in " + field, (role) -> {
					JsonNode body = sample(schema, "", role);
					JsonNode element = ((ArrayNode) at(body, field.path())).get(0);
					ArrayNode huge = NODES.arrayNode();
					for (int i = 0; i < HUGE; i++) {
						huge.add(element.deepCopy());
					}
					return text(set(body, field.path(), huge));
				}));
				variants.add(new Variant("null inside " + field, (role) -> {
					JsonNode body = sample(schema, "", role);
					((ArrayNode) at(body, field.path())).addNull();
					return text(body);
				}));
				JsonNode items = resolve(field.schema().path("items"));
				if (items.has("enum")) {
					variants.add(change("unknown value inside " + field, schema,
							(body) -> set(body, field.path(), NODES.arrayNode().add("GIBT_ES_NICHT"))));
				}
			}
		}
		variants.add(change("every field null", schema, (body) -> {
			List.copyOf(body.propertyNames()).forEach((name) -> ((ObjectNode) body).putNull(name));
			return body;
		}));
		variants.add(new Variant("broken JSON", (role) -> "{\"title\": \"Ohne Ende"));
		variants.add(new Variant("no JSON at all", (role) -> "Titel=Hallo&Text=Welt"));
		variants.add(new Variant("an empty body", (role) -> ""));
		variants.add(new Variant("null", (role) -> "null"));
		variants.add(new Variant("an array instead of an object", (role) -> "[]"));
		variants.add(new Variant("a lone surrogate", (role) -> "{\"title\": \"\\uD800\"}"));
		variants.add(new Variant("a number too large", (role) -> "{\"version\": 1e999999, \"capacity\": 1e999999}"));
		variants.add(new Variant(DEEP + " nested arrays", (role) -> "[".repeat(DEEP) + "]".repeat(DEEP)));
		variants.add(new Variant(DEEP + " nested objects in a field",
				(role) -> "{\"title\": " + "{\"a\": ".repeat(DEEP) + "1" + "}".repeat(DEEP) + "}"));
		return variants;
	}

	private Variant change(String name, JsonNode schema, UnaryOperator<JsonNode> change) {
		return new Variant(name, (role) -> text(change.apply(sample(schema, "", role))));
	}

	/**
	 * Every property of the body, nested ones included (inside arrays: of the first
	 * element).
	 */
	private List<Field> fields(JsonNode schema, List<Object> path) {
		List<Field> fields = new ArrayList<>();
		JsonNode required = schema.path("required");
		for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
			List<Object> at = append(path, property.getKey());
			JsonNode resolved = resolve(property.getValue());
			boolean isRequired = false;
			for (JsonNode name : required) {
				isRequired |= name.asString().equals(property.getKey());
			}
			fields.add(new Field(at, resolved, isRequired));
			if (type(resolved).equals("object")) {
				fields.addAll(fields(resolved, at));
			}
			JsonNode items = resolve(resolved.path("items"));
			if (type(resolved).equals("array") && type(items).equals("object")) {
				fields.addAll(fields(items, append(at, 0)));
			}
		}
		return fields;
	}

	/**
	 * A body that the schema allows, for the role: addresses of the role's municipality,
	 * times far in the future with the end after the start, a version nobody has.
	 */
	private JsonNode sample(JsonNode schema, String name, Member role) {
		JsonNode resolved = resolve(schema);
		if (name.equals("municipalities")) {
			return NODES.arrayNode().add(role.municipality());
		}
		if (resolved.has("enum")) {
			return resolved.get("enum").get(0);
		}
		return switch (type(resolved)) {
			case "object" -> {
				ObjectNode object = NODES.objectNode();
				for (Map.Entry<String, JsonNode> property : resolved.path("properties").properties()) {
					object.set(property.getKey(), sample(property.getValue(), property.getKey(), role));
				}
				yield object;
			}
			case "array" -> NODES.arrayNode().add(sample(resolved.path("items"), name, role));
			case "integer", "number" -> NODES.numberNode(name.equals("version") ? 987_654_321 : minimum(resolved));
			case "boolean" -> NODES.booleanNode(true);
			default -> NODES.stringNode(string(resolved, name));
		};
	}

	private static String string(JsonNode schema, String name) {
		if ("date".equals(schema.path("format").asString(""))) {
			return "2099-06-09";
		}
		if (!schema.has("pattern")) {
			return "Text";
		}
		String pattern = schema.get("pattern").asString();
		return Stream.of(name.equals("end") ? "2099-06-09T17:00" : "2099-06-09T09:30", "https://impulsnetz.example/")
			.filter((candidate) -> candidate.matches(pattern))
			.findFirst()
			.orElse("Text");
	}

	private static int minimum(JsonNode schema) {
		if (schema.has("minimum")) {
			return Math.max(1, schema.get("minimum").asInt());
		}
		return schema.has("exclusiveMinimum") ? schema.get("exclusiveMinimum").asInt() + 1 : 1;
	}

	private static JsonNode wrongType(Field field) {
		return switch (type(field.schema())) {
			case "string" -> NODES.objectNode().put("unerwartet", 1);
			case "integer", "number" -> NODES.stringNode("keine Zahl");
			case "boolean" -> NODES.stringNode("vielleicht");
			case "array" -> NODES.objectNode().put("unerwartet", 1);
			default -> NODES.arrayNode().add(42);
		};
	}

	private JsonNode resolve(JsonNode schema) {
		if (schema.has("$ref")) {
			String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
			return resolve(this.description.path("components").path("schemas").path(name));
		}
		for (String choice : List.of("oneOf", "anyOf", "allOf")) {
			if (schema.has(choice)) {
				for (JsonNode option : schema.get(choice)) {
					JsonNode resolved = resolve(option);
					if (type(resolved).equals("object")) {
						return resolved;
					}
				}
				return resolve(schema.get(choice).get(0));
			}
		}
		return schema;
	}

	/**
	 * The schema's type; OpenAPI 3.1 may give a list such as {@code ["string", "null"]}.
	 */
	private static String type(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			for (JsonNode option : type) {
				if (!option.asString().equals("null")) {
					return option.asString();
				}
			}
		}
		if (type.isString()) {
			return type.asString();
		}
		return schema.has("properties") ? "object" : "string";
	}

	private static JsonNode at(JsonNode body, List<Object> path) {
		JsonNode node = body;
		for (Object step : path) {
			node = (step instanceof Integer index) ? node.get(index) : node.get((String) step);
		}
		return node;
	}

	private static JsonNode set(JsonNode body, List<Object> path, JsonNode value) {
		JsonNode parent = at(body, path.subList(0, path.size() - 1));
		Object last = path.get(path.size() - 1);
		if (last instanceof Integer index) {
			((ArrayNode) parent).set(index, value);
		}
		else {
			((ObjectNode) parent).set((String) last, value);
		}
		return body;
	}

	private static JsonNode remove(JsonNode body, List<Object> path) {
		JsonNode parent = at(body, path.subList(0, path.size() - 1));
		Object last = path.get(path.size() - 1);
		if (last instanceof Integer index) {
			((ArrayNode) parent).remove(index);
		}
		else {
			((ObjectNode) parent).remove((String) last);
		}
		return body;
	}

	private static List<Object> append(List<Object> path, Object step) {
		List<Object> longer = new ArrayList<>(path);
		longer.add(step);
		return List.copyOf(longer);
	}

	private static String text(JsonNode body) {
		return JSON.writeValueAsString(body);
	}

	private record Operation(String method, String path, @Nullable JsonNode body) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	private record Field(List<Object> path, JsonNode schema, boolean required) {

		@Override
		public String toString() {
			return String.join(".", this.path.stream().map(String::valueOf).toList());
		}

	}

	private record Variant(String name, Function<Member, @Nullable String> body) {

		static final Variant NONE = new Variant("no body", (role) -> null);

	}

}
