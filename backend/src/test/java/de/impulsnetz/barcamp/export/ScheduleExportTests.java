package de.impulsnetz.barcamp.export;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import de.impulsnetz.Members;
import de.impulsnetz.IntegrationTest;
import de.impulsnetz.PageClient;
import de.impulsnetz.SharedFiles;
import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.barcamp.People;
import de.impulsnetz.barcamp.proposal.ProposalContent;
import de.impulsnetz.barcamp.proposal.ProposalFormat;
import de.impulsnetz.barcamp.proposal.SessionProposal;
import de.impulsnetz.barcamp.Voting;
import de.impulsnetz.barcamp.plan.SessionPlans;
import de.impulsnetz.barcamp.proposal.Proposals;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The plan in the formats of calendars and conference apps: schedule.xml valid against
 * the C3VOC XSD, schedule.json valid against the C3VOC JSON schema (both read from
 * {@code ../shared/schemas/c3voc}), and iCalendar that ical4j parses and validates.
 */
@IntegrationTest
class ScheduleExportTests {

	private final PageClient pages;

	ScheduleExportTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
	}

	@Autowired
	EventCalendar calendar;

	@Autowired
	Proposals proposals;

	@Autowired
	SessionPlans plans;

	private Event event;

	@BeforeEach
	void planABarcamp() {
		this.event = this.calendar.create(Members.ORGANISER, People.barcamp(50, Voting.PLUS_ONE)).block();
		SessionProposal a = this.proposals
			.propose(this.event, Members.ORGANISER, People.proposal("Krisen <kommunikation> & Shitstorms"), "Jörg Ü.")
			.block();
		SessionProposal ki = this.proposals
			.propose(this.event, Members.ORGANISER,
					new ProposalContent("KI", "Werkzeuge für Texte.", ProposalFormat.WORKSHOP, 2, Set.of(), false),
					"Amt für Digitales")
			.block();
		this.proposals.propose(this.event, Members.ORGANISER, People.proposal("Nicht eingeplant"), "Eva").block();
		SessionProposal withdrawn = this.proposals
			.propose(this.event, Members.ORGANISER, People.proposal("Zurückgezogen"), "Eva")
			.block();
		this.proposals.withdraw(this.event, Members.ORGANISER, withdrawn.id()).block();
		this.plans.place(this.event, Members.ORGANISER, a.id(), "Saal", 1).block();
		this.plans.place(this.event, Members.ORGANISER, ki.id(), "Kleiner Raum", 1).block();
	}

	@Test
	void scheduleXmlIsValidAgainstTheC3vocSchema() throws Exception {
		String xml = get("/schedule.xml", MediaType.APPLICATION_XML);
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		Validator validator = factory.newSchema(SharedFiles.resolve("schemas/c3voc/schedule.xml.xsd").toFile())
			.newValidator();
		validator.validate(new StreamSource(new StringReader(xml)));
		// The validator does look: an event without its duration is refused.
		assertThatExceptionOfType(SAXException.class).isThrownBy(() -> validator
			.validate(new StreamSource(new StringReader(xml.replaceFirst("<duration>[^<]*</duration>", "")))));

		Document document = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new InputSource(new StringReader(xml)));
		assertThat(document.getElementsByTagName("event").getLength()).isEqualTo(2);
		assertThat(document.getElementsByTagName("room").getLength()).isEqualTo(2 + 2);
		assertThat(xml).contains("<title>Krisen &lt;kommunikation&gt; &amp; Shitstorms</title>")
			.contains("<duration>02:00</duration>")
			.contains("<optout>true</optout>");
	}

	@Test
	void scheduleJsonIsValidAgainstTheC3vocSchema() throws Exception {
		String json = get("/schedule.json", MediaType.APPLICATION_JSON);
		Path schemaFile = SharedFiles.resolve("schemas/c3voc/schedule.schema.json");
		JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V6)
			.getSchema(Files.newInputStream(schemaFile));
		JsonNode tree = new ObjectMapper().readTree(json);
		Set<ValidationMessage> errors = schema.validate(tree);
		assertThat(errors).isEmpty();
		JsonNode conference = tree.path("schedule").path("conference");
		assertThat(conference.path("daysCount").asInt()).isEqualTo(1);
		assertThat(conference.path("days").get(0).path("rooms").path("Saal").get(0).path("title").asText())
			.isEqualTo("Krisen <kommunikation> & Shitstorms");
		assertThat(conference.path("days").get(0).path("rooms").path("Kleiner Raum").get(0).path("slug").asText())
			.endsWith("-ki-session");
		// The validator does look: without an acronym the document is refused.
		((ObjectNode) conference).remove("acronym");
		assertThat(schema.validate(tree)).isNotEmpty();
	}

	@Test
	void theWholePlanIsACalendarThatIcal4jValidates() throws Exception {
		String ics = get("/plan.ics", MediaType.parseMediaType("text/calendar"));
		Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
		ValidationResult result = parsed.validate();
		assertThat(result.getEntries()).isEmpty();
		assertThat(parsed.<VEvent>getComponents("VEVENT")).hasSize(2);
		assertThat(ics).contains("SUMMARY:KI", "LOCATION:Kleiner Raum\\, Rathaus\\, Altena");
		// Moving a session keeps its UID, so calendars update it.
		String uidBefore = parsed.<VEvent>getComponents("VEVENT").get(0).getUid().orElseThrow().getValue();
		String moved = get("/plan.ics", MediaType.parseMediaType("text/calendar"));
		assertThat(moved).contains(uidBefore);
	}

	@Test
	void calendarTextsHoldNoLoneCarriageReturns() throws Exception {
		SessionProposal returns = this.proposals
			.propose(this.event, Members.ORGANISER,
					new ProposalContent("Eins\rZwei", "Erste Zeile\rDESCRIPTION:Untergeschoben\r\nDritte Zeile",
							ProposalFormat.WORKSHOP, 1, Set.of(), false),
					"Eva\rX-FOO:bar")
			.block();
		this.plans.place(this.event, Members.ORGANISER, returns.id(), "Saal", 2).block();

		String ics = get("/plan.ics", MediaType.parseMediaType("text/calendar"));

		assertThat(ics.replace("\r\n", "")).doesNotContain("\r");
		assertThat(ics).contains("Erste Zeile\\nDESCRIPTION:Untergeschoben\\nDritte Zeile").doesNotContain("\r\nX-FOO");
		Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
		assertThat(parsed.<VEvent>getComponents("VEVENT")).hasSize(3);
	}

	private String get(String suffix, MediaType type) {
		return this.pages.anonymous()
			.get()
			.uri("/veranstaltungen/" + this.event.slug() + suffix)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(type)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
