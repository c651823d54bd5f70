package de.impulsnetz.workinggroup.campaign;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.impulsnetz.identity.Member;
import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.municipality.Platform;
import de.impulsnetz.practice.KeyFigure;
import de.impulsnetz.practice.Practice;
import de.impulsnetz.practice.PracticeContent;
import de.impulsnetz.practice.authoring.PracticeAuthoring;
import de.impulsnetz.workinggroup.GroupDenied;
import de.impulsnetz.workinggroup.WorkingGroup;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * "Als Praxisbeispiel übernehmen": turns a campaign with its plan and summed figures into
 * a draft Praxisbeispiel of the coordinating municipality (with the coordinator's own
 * member municipality as co-author when that is another one), written through the
 * knowledge base's authoring, so it goes through the normal review. Coordinators and
 * admins may do it, once per campaign; the knowledge base's own rule decides whether the
 * member writes for those municipalities.
 */
@Service
public class CampaignToPractice {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN);

	private static final int TEASER = 380;

	private final Campaigns campaigns;

	private final PracticeAuthoring authoring;

	private final MunicipalityDirectory directory;

	private final ReactiveMongoTemplate mongo;

	CampaignToPractice(Campaigns campaigns, PracticeAuthoring authoring, MunicipalityDirectory directory,
			ReactiveMongoTemplate mongo) {
		this.campaigns = campaigns;
		this.authoring = authoring;
		this.directory = directory;
		this.mongo = mongo;
	}

	public Mono<Practice> draft(Member coordinator, String group, String slug) {
		return this.campaigns.managed(coordinator, group, slug).flatMap((access) -> {
			if (access.campaign().practice() != null) {
				return Mono.error(new GroupDenied(HttpStatus.CONFLICT, "workinggroup.campaign.practice.exists"));
			}
			WorkingGroup found = access.group();
			List<String> authors = new ArrayList<>(List.of(found.coordinator()));
			if (coordinator.municipality() != null && !authors.contains(coordinator.municipality())
					&& found.municipalities().contains(coordinator.municipality())) {
				authors.add(coordinator.municipality());
			}
			return this.campaigns.plan(access)
				.zipWith(this.directory.bySlug(found.coordinator())
					.map(Municipality::kind)
					.defaultIfEmpty(MunicipalityKind.KREIS))
				.flatMap((both) -> this.authoring.create(coordinator,
						content(found, both.getT1(), authors, both.getT2(), this.campaigns.today())))
				.flatMap((practice) -> this.mongo
					.updateFirst(Query.query(Criteria.where("_id").is(access.campaign().id())),
							new Update().set("practice", practice.slug()), Campaign.class)
					.thenReturn(practice));
		});
	}

	static PracticeContent content(WorkingGroup group, CampaignPlan plan, List<String> authors, MunicipalityKind kind,
			LocalDate today) {
		Campaign campaign = plan.campaign();
		List<Platform> channels = plan.posts().stream().map(PlannedPost::platform).distinct().toList();
		NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.GERMAN);
		PlannedPost.Figures total = plan.total();
		List<KeyFigure> results = List.of(
				new KeyFigure(numbers.format(total.reach()), "Reichweite der Kampagnenbeiträge", today),
				new KeyFigure(numbers.format(total.interactions()), "Interaktionen", today),
				new KeyFigure(numbers.format(total.newFollowers()), "neue Follower", today));
		return new PracticeContent(campaign.title(), teaser(group, campaign), authors, channels, List.of(), kind,
				body(group, plan, numbers), null, results, List.of(), null);
	}

	private static String teaser(WorkingGroup group, Campaign campaign) {
		String text = (campaign.goal().isBlank() ? "Eine gemeinsame Kampagne der Arbeitsgruppe „" + group.title() + "“."
				: campaign.goal())
			.replaceAll("\\s+", " ")
			.strip();
		return (text.length() <= TEASER) ? text : text.substring(0, TEASER - 1).strip() + "…";
	}

	private static String body(WorkingGroup group, CampaignPlan plan, NumberFormat numbers) {
		Campaign campaign = plan.campaign();
		long taking = plan.participation().stream().filter(CampaignPlan.Participation::optedIn).count();
		String origin = "Dieser Entwurf entstand aus der gemeinsamen Kampagne „" + campaign.title()
				+ "“ der Arbeitsgruppe „" + group.title() + "“ vom " + DATE.format(campaign.start()) + " bis "
				+ DATE.format(campaign.end()) + ".\n\n" + campaign.theme();
		StringBuilder implementation = new StringBuilder();
		implementation.append(taking)
			.append(" von ")
			.append(plan.participation().size())
			.append(" Mitgliedskommunen machten mit, mit ")
			.append(plan.posts().size())
			.append(" geplanten Beiträgen in eigenen Worten.");
		if (!campaign.hashtags().isEmpty()) {
			implementation.append(" Hashtags: ")
				.append(String.join(" ", campaign.hashtags().stream().map((tag) -> "#" + tag).toList()))
				.append('.');
		}
		for (Campaign.Material item : campaign.material()) {
			implementation.append("\n\n- ").append(item.title());
		}
		StringBuilder results = new StringBuilder(
				"| Kommune | Beiträge | Veröffentlicht | Reichweite | Interaktionen | Neue Follower |\n"
						+ "|---|---:|---:|---:|---:|---:|\n");
		for (CampaignPlan.Participation entry : plan.participation()) {
			results.append("| ")
				.append(entry.municipality().name())
				.append(" | ")
				.append(entry.planned())
				.append(" | ")
				.append(entry.published())
				.append(" | ")
				.append(numbers.format(entry.figures().reach()))
				.append(" | ")
				.append(numbers.format(entry.figures().interactions()))
				.append(" | ")
				.append(numbers.format(entry.figures().newFollowers()))
				.append(" |\n");
		}
		Map<String, String> filled = new LinkedHashMap<>();
		filled.put("Kernaussagen", "- " + (campaign.goal().isBlank() ? campaign.title() : campaign.goal()));
		filled.put("Ausgangslage", origin.strip());
		filled.put("Umsetzung", implementation.toString());
		filled.put("Ergebnisse", results.toString().strip());
		return PracticeContent.template(filled);
	}

}
