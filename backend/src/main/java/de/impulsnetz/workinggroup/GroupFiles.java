package de.impulsnetz.workinggroup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.barcamp.EventKind;
import de.impulsnetz.content.ContentEntry;
import de.impulsnetz.content.ContentKind;
import de.impulsnetz.content.FrontMatter;
import de.impulsnetz.content.ImportOutcome;
import de.impulsnetz.content.ImportStamp;
import de.impulsnetz.municipality.MunicipalityFiles;
import de.impulsnetz.municipality.Platform;
import de.impulsnetz.workinggroup.actions.ActionStatus;
import de.impulsnetz.workinggroup.campaign.Campaign;
import de.impulsnetz.workinggroup.campaign.CampaignDraft;
import de.impulsnetz.workinggroup.campaign.Campaigns;
import de.impulsnetz.workinggroup.campaign.PlannedPost;
import de.impulsnetz.workinggroup.campaign.PostStatus;
import de.impulsnetz.workinggroup.actions.Actions;
import de.impulsnetz.workinggroup.actions.GroupAction;
import de.impulsnetz.workinggroup.meetings.Meeting;
import de.impulsnetz.workinggroup.meetings.Meetings;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The files in {@code content/arbeitsgruppen}: one working group each, with its member
 * municipalities, its meetings (AG-Treffen from {@code content/veranstaltungen}) with
 * agenda and minutes, and the Maßnahmen agreed there. Meetings and Maßnahmen are written
 * once; what the group changes in the app afterwards is kept.
 */
@Component
class GroupFiles implements ContentKind {

	static final String FOLDER = "arbeitsgruppen";

	private final WorkingGroups groups;

	private final Meetings meetings;

	private final Actions actions;

	private final EventCalendar calendar;

	private final Campaigns campaigns;

	GroupFiles(WorkingGroups groups, Meetings meetings, Actions actions, EventCalendar calendar, Campaigns campaigns) {
		this.campaigns = campaigns;
		this.groups = groups;
		this.meetings = meetings;
		this.actions = actions;
		this.calendar = calendar;
	}

	@Override
	public String folder() {
		return FOLDER;
	}

	@Override
	public int getOrder() {
		// After the municipalities and the events its meetings are.
		return 40;
	}

	@Override
	public Mono<ImportOutcome> importFile(ContentEntry file) {
		GroupMatter matter = file.frontMatter(GroupMatter.class);
		Set<String> members = new LinkedHashSet<>();
		members.add(matter.coordinator());
		members.addAll(matter.members());
		file.requireReferences("coordinator", MunicipalityFiles.FOLDER, List.of(matter.coordinator()));
		file.requireReferences("members", MunicipalityFiles.FOLDER, matter.members());
		Set<String> meetingEvents = new LinkedHashSet<>();
		matter.meetings().forEach((meeting) -> meetingEvents.add(meeting.event()));
		for (CampaignMatter campaign : matter.campaigns()) {
			if (campaign.kickoff() != null && !meetingEvents.contains(campaign.kickoff())) {
				throw file.problem("campaign '" + campaign.slug() + "' names the kickoff '" + campaign.kickoff()
						+ "', which is not one of the group's meetings");
			}
			for (PostMatter post : campaign.plan()) {
				if (!members.contains(post.municipality())) {
					throw file.problem("campaign '" + campaign.slug() + "' plans a post of '" + post.municipality()
							+ "', which is not a member municipality");
				}
			}
		}
		ImportStamp stamp = file.stamp();
		WorkingGroup group = new WorkingGroup(null, file.slug(), matter.title(), file.body(), matter.coordinator(),
				new ArrayList<>(members), List.of(), List.of(), List.of(), List.of(), stamp, null, null);
		return Flux.fromIterable(matter.meetings())
			.concatMap((meeting) -> this.calendar.bySlug(meeting.event())
				.filter((event) -> event.kind() == EventKind.AG_TREFFEN)
				.switchIfEmpty(Mono.error(() -> file.problem("'meetings' names '" + meeting.event()
						+ "', but there is no AG-Treffen veranstaltungen/" + meeting.event() + ".md"))))
			.then(this.groups.importFromContent(group))
			.flatMap((outcome) -> Flux.fromIterable(matter.meetings())
				.concatMap((meeting) -> importMeeting(file.slug(), meeting, stamp))
				.thenMany(Flux.fromIterable(matter.campaigns())
					.concatMap((campaign) -> importCampaign(file.slug(), campaign, stamp)))
				.then(Mono.just(outcome)));
	}

	private Mono<Void> importMeeting(String group, MeetingMatter meeting, ImportStamp stamp) {
		boolean published = Boolean.TRUE.equals(meeting.published());
		Meeting candidate = new Meeting(meeting.event(), group, meeting.agenda(), meeting.minutes(), published,
				published ? stamp.importedAt() : null, List.of(), stamp.importedAt(), null);
		List<ActionMatter> actions = meeting.actions();
		return this.meetings.importMeeting(candidate)
			.thenMany(Flux.range(0, actions.size())
				.concatMap((index) -> this.actions
					.importAction(action(group, meeting.event(), index, actions.get(index), stamp))))
			.then();
	}

	private Mono<Campaign> importCampaign(String group, CampaignMatter matter, ImportStamp stamp) {
		Campaign campaign = new Campaign(null, matter.slug(), group, matter.title(), matter.theme(), matter.goal(),
				matter.start(), matter.end(), CampaignDraft.normalised(matter.hashtags()),
				matter.material()
					.stream()
					.map((item) -> new Campaign.Material(item.title(), item.text(), item.usage()))
					.toList(),
				matter.kickoff(), null, stamp.importedAt(), null, null);
		List<PostMatter> plan = matter.plan();
		List<PlannedPost> posts = java.util.stream.IntStream.range(0, plan.size())
			.mapToObj((index) -> new PlannedPost(matter.slug() + ":" + (index + 1), "", plan.get(index).municipality(),
					plan.get(index).platform(), plan.get(index).date(), plan.get(index).idea(), plan.get(index).text(),
					PostStatus.GEPLANT, null, null, null, stamp.importedAt(), null))
			.toList();
		return this.campaigns.importCampaign(campaign, posts);
	}

	private static GroupAction action(String group, String meeting, int index, ActionMatter action, ImportStamp stamp) {
		ActionStatus status = (action.status() != null) ? action.status() : ActionStatus.OFFEN;
		return new GroupAction(group + ":" + meeting + ":" + (index + 1), group, meeting, action.text(),
				action.responsibleMunicipality(), null, null, action.due(), status, null,
				stamp.importedAt().plusMillis(index), (status == ActionStatus.ERLEDIGT) ? stamp.importedAt() : null,
				null);
	}

	/**
	 * The front matter, as documented in {@code content/README.md}.
	 */
	record GroupMatter(@JsonProperty(required = true) String title, @JsonProperty(required = true) String coordinator,
			@Nullable List<String> members, @Nullable List<MeetingMatter> meetings,
			@Nullable List<CampaignMatter> campaigns) {

		GroupMatter {
			FrontMatter.required(title, "title");
			FrontMatter.required(coordinator, "coordinator");
			members = FrontMatter.list(members);
			meetings = FrontMatter.list(meetings);
			campaigns = FrontMatter.list(campaigns);
		}

	}

	/**
	 * A joint campaign with its shared material and posting plan, written once.
	 */
	record CampaignMatter(@JsonProperty(required = true) String slug, @JsonProperty(required = true) String title,
			@Nullable String theme, @Nullable String goal, @JsonProperty(required = true) LocalDate start,
			@JsonProperty(required = true) LocalDate end, @Nullable List<String> hashtags, @Nullable String kickoff,
			@Nullable List<MaterialMatter> material, @Nullable List<PostMatter> plan) {

		CampaignMatter {
			FrontMatter.required(slug, "slug");
			FrontMatter.required(title, "title");
			theme = (theme != null) ? theme.strip() : "";
			goal = (goal != null) ? goal.strip() : "";
			hashtags = FrontMatter.list(hashtags);
			material = FrontMatter.list(material);
			plan = FrontMatter.list(plan);
		}

	}

	record MaterialMatter(@JsonProperty(required = true) String title, @JsonProperty(required = true) String text,
			@Nullable String usage) {

	}

	/**
	 * @param idea number (from 1) of the campaign's material the post follows
	 */
	record PostMatter(@JsonProperty(required = true) String municipality,
			@JsonProperty(required = true) Platform platform, @JsonProperty(required = true) LocalDate date,
			@Nullable Integer idea, @JsonProperty(required = true) String text) {

	}

	record MeetingMatter(@JsonProperty(required = true) String event, @Nullable String agenda, @Nullable String minutes,
			@Nullable Boolean published, @Nullable List<ActionMatter> actions) {

		MeetingMatter {
			FrontMatter.required(event, "event");
			actions = FrontMatter.list(actions);
		}

	}

	record ActionMatter(@JsonProperty(required = true) String text, @Nullable String responsibleMunicipality,
			@Nullable LocalDate due, @Nullable ActionStatus status) {

		ActionMatter {
			FrontMatter.required(text, "text");
		}

	}

}
