package de.impulsnetz.workinggroup.campaign;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import de.impulsnetz.identity.Member;
import de.impulsnetz.media.ImageRejected;
import de.impulsnetz.media.Images;
import de.impulsnetz.search.SearchableChanged;
import de.impulsnetz.shared.Berlin;
import de.impulsnetz.shared.text.FreeSlugs;
import de.impulsnetz.shared.text.Slugs;
import de.impulsnetz.workinggroup.CampaignRights;
import de.impulsnetz.workinggroup.GroupDenied;
import de.impulsnetz.workinggroup.GroupNotFound;
import de.impulsnetz.workinggroup.GroupRights;
import de.impulsnetz.workinggroup.WorkingGroup;
import de.impulsnetz.workinggroup.WorkingGroups;
import de.impulsnetz.workinggroup.meetings.Meetings;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The joint campaigns of the working groups: coordinators create and edit them (with a
 * version check), members of a member municipality opt their municipality in, plan its
 * posts in its own words, mark them published and enter the figures; the plan, who is
 * behind and the sums for those who may read the plan. Who may do what comes from
 * {@link GroupRights#campaigns}; integrity under concurrent submissions from the unique
 * indexes of {@link CampaignOptIn} and {@link PlannedPost}.
 */
@Service
public class Campaigns {

	private final ReactiveMongoTemplate mongo;

	private final WorkingGroups groups;

	private final Meetings meetings;

	private final FreeSlugs slugs;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final Images images;

	Campaigns(ReactiveMongoTemplate mongo, WorkingGroups groups, Meetings meetings, FreeSlugs slugs, Clock clock,
			ApplicationEventPublisher events, Images images) {
		this.events = events;
		this.images = images;
		this.mongo = mongo;
		this.groups = groups;
		this.meetings = meetings;
		this.slugs = slugs;
		this.clock = clock;
	}

	/**
	 * A campaign and the rights of whoever looks at it.
	 */
	public record Access(WorkingGroup group, Campaign campaign, CampaignRights rights) {

	}

	/**
	 * The group's campaigns, the latest start first.
	 */
	public Flux<Campaign> of(String group) {
		return this.mongo.find(
				Query.query(Criteria.where("group").is(group)).with(Sort.by(Sort.Direction.DESC, "start")),
				Campaign.class);
	}

	/**
	 * Every campaign, for the search index.
	 */
	public Flux<Campaign> all() {
		return this.mongo.findAll(Campaign.class);
	}

	/**
	 * The campaign of the group; {@link GroupNotFound} when there is none.
	 */
	public Mono<Campaign> bySlug(String group, String slug) {
		return this.mongo.findOne(Query.query(Criteria.where("group").is(group).and("slug").is(slug)), Campaign.class)
			.switchIfEmpty(Mono.error(() -> new GroupNotFound("workinggroup.campaign.notFound")));
	}

	/**
	 * The group, the campaign and what this member (or anonymous reader) may do with it.
	 */
	public Mono<Access> access(@Nullable Member member, String group, String slug) {
		return this.groups.bySlug(group)
			.zipWith(bySlug(group, slug))
			.map((both) -> new Access(both.getT1(), both.getT2(), GroupRights.campaigns(member, both.getT1())));
	}

	public LocalDate today() {
		return Berlin.local(this.clock.instant()).toLocalDate();
	}

	/**
	 * Creates a campaign of the group: coordinators and admins.
	 */
	public Mono<Campaign> create(Member coordinator, String group, CampaignDraft draft) {
		return this.groups.bySlug(group)
			.filter((found) -> GroupRights.campaigns(coordinator, found).manage())
			.switchIfEmpty(Mono.error(() -> new GroupDenied("workinggroup.campaign.denied.manage")))
			.flatMap((found) -> checked(group, draft))
			.flatMap((checked) -> {
				String base = Slugs.of(checked.title());
				return this.slugs.insert(Campaign.class, (base.isEmpty() || "neu".equals(base)) ? "kampagne" : base,
						(slug) -> this.mongo.insert(new Campaign(null, slug, group, checked.title(), checked.theme(),
								checked.goal(), checked.start(), checked.end(), checked.hashtags(), checked.material(),
								checked.kickoff(), null, this.clock.instant(), null, null)));
			})
			.doOnNext(this::changed);
	}

	/**
	 * Saves a coordinator's changes, based on the version they started from; a campaign
	 * changed in between fails with {@link OptimisticLockingFailureException}.
	 */
	public Mono<Campaign> edit(Member coordinator, String group, String slug, CampaignDraft draft, long basedOn) {
		return managed(coordinator, group, slug).flatMap((access) -> checked(group, draft).flatMap((checked) -> {
			Campaign campaign = access.campaign();
			if (campaign.version() == null || campaign.version() != basedOn) {
				return Mono.error(new OptimisticLockingFailureException("campaign changed"));
			}
			return this.mongo.save(campaign.withDetails(checked, this.clock.instant()));
		})).doOnNext(this::changed);
	}

	/**
	 * Adds an item of shared material (Markdown, images of this site with alternative
	 * text, a note on how it may be used): coordinators, with the version check of
	 * {@link #edit}.
	 */
	public Mono<Campaign> addMaterial(Member coordinator, String group, String slug, Campaign.Material item,
			long basedOn) {
		return addMaterial(coordinator, group, slug, item, null, basedOn);
	}

	/**
	 * An image uploaded with an item of shared material.
	 *
	 * @param alt its alternative text
	 */
	public record ImageUpload(Flux<DataBuffer> content, String alt) {

	}

	/**
	 * Adds an item of shared material with an uploaded image: coordinators only, and only
	 * once the item itself and the version are right is the image stored, through the
	 * image checks of the Praxisbeispiele (same limits, camera data removed, served from
	 * {@code /medien/}). A refused image fails with {@link GroupDenied} 400 and the
	 * {@link ImageRejected} reason's message key.
	 * @param image {@code null}: the item has no image
	 */
	public Mono<Campaign> addMaterial(Member coordinator, String group, String slug, Campaign.Material item,
			@Nullable ImageUpload image, long basedOn) {
		return managed(coordinator, group, slug).flatMap((access) -> {
			Campaign campaign = access.campaign();
			if (campaign.version() == null || campaign.version() != basedOn) {
				return Mono.error(new OptimisticLockingFailureException("campaign changed"));
			}
			CampaignDraft draft = CampaignDraft.of(campaign).withMaterial(item);
			if (image == null) {
				return edit(coordinator, group, slug, draft, basedOn);
			}
			return checked(group, draft)
				.then(Mono.defer(() -> this.images.store(image.content(), image.alt(), coordinator)))
				.onErrorMap(ImageRejected.class,
						(rejected) -> new GroupDenied(HttpStatus.BAD_REQUEST, rejected.messageKey()))
				.flatMap(
						(stored) -> edit(coordinator, group, slug,
								CampaignDraft.of(campaign)
									.withMaterial(item.withImage(new Campaign.Image(stored.path(), stored.alt()))),
								basedOn));
		});
	}

	/**
	 * May this member create campaigns of the group?
	 */
	public Mono<Boolean> mayManage(Member member, String group) {
		return this.groups.bySlug(group).map((found) -> GroupRights.campaigns(member, found).manage());
	}

	/**
	 * The campaign for a coordinator (or admin); {@link GroupDenied} for anyone else.
	 */
	public Mono<Access> managed(Member member, String group, String slug) {
		return access(member, group, slug).filter((access) -> access.rights().manage())
			.switchIfEmpty(Mono.error(() -> new GroupDenied("workinggroup.campaign.denied.manage")));
	}

	private Mono<CampaignDraft> checked(String group, CampaignDraft draft) {
		String problem = draft.problem();
		if (problem != null) {
			return Mono.error(new GroupDenied(HttpStatus.BAD_REQUEST, problem));
		}
		if (draft.kickoff() == null) {
			return Mono.just(draft);
		}
		return this.meetings.of(group, draft.kickoff())
			.thenReturn(draft)
			.switchIfEmpty(
					Mono.error(() -> new GroupDenied(HttpStatus.BAD_REQUEST, "workinggroup.campaign.invalid.kickoff")));
	}

	/**
	 * Opts a member municipality into the campaign: members of that municipality (and
	 * admins). Opting in twice, or at the same moment, leaves one opt-in.
	 */
	public Mono<CampaignOptIn> optIn(Member member, String group, String slug, @Nullable String municipality) {
		return access(member, group, slug).flatMap((access) -> {
			String town = (municipality != null) ? municipality : access.rights().ownMunicipality();
			if (!access.rights().planFor(access.group(), town)) {
				return Mono.error(new GroupDenied("workinggroup.campaign.denied.plan"));
			}
			return optIn(access.campaign(), town, member);
		});
	}

	private Mono<CampaignOptIn> optIn(Campaign campaign, String municipality, Member member) {
		Query existing = Query.query(Criteria.where("campaign").is(campaign.id()).and("municipality").is(municipality));
		return this.mongo.findOne(existing, CampaignOptIn.class)
			.switchIfEmpty(Mono.defer(() -> this.mongo
				.insert(new CampaignOptIn(null, campaign.id(), municipality, member.id(), this.clock.instant()))
				.onErrorResume(DuplicateKeyException.class,
						(taken) -> this.mongo.findOne(existing, CampaignOptIn.class))));
	}

	/**
	 * Plans a post of a member municipality (which opts it in): members of that
	 * municipality and admins. The same municipality, channel and day twice is refused
	 * with 409, also when both arrive at the same moment.
	 */
	public Mono<PlannedPost> plan(Member member, String group, String slug, NewPost post) {
		return access(member, group, slug).flatMap((access) -> {
			String town = (post.municipality() != null) ? post.municipality() : access.rights().ownMunicipality();
			if (!access.rights().planFor(access.group(), town)) {
				return Mono.error(new GroupDenied("workinggroup.campaign.denied.plan"));
			}
			Campaign campaign = access.campaign();
			if (post.platform() == null) {
				return Mono.error(new GroupDenied(HttpStatus.BAD_REQUEST, "workinggroup.campaign.invalid.platform"));
			}
			if (post.date() == null || post.date().isBefore(campaign.start()) || post.date().isAfter(campaign.end())) {
				return Mono.error(new GroupDenied(HttpStatus.BAD_REQUEST, "workinggroup.campaign.invalid.date"));
			}
			if (post.text().isEmpty() || post.text().length() > NewPost.MAX_TEXT) {
				return Mono.error(new GroupDenied(HttpStatus.BAD_REQUEST, "workinggroup.campaign.invalid.text"));
			}
			if (post.idea() != null && campaign.idea(post.idea()) == null) {
				return Mono.error(new GroupDenied(HttpStatus.BAD_REQUEST, "workinggroup.campaign.invalid.idea"));
			}
			return optIn(campaign, town, member)
				.then(this.mongo
					.insert(new PlannedPost(null, campaign.id(), town, post.platform(), post.date(), post.idea(),
							post.text(), PostStatus.GEPLANT, null, null, member.id(), this.clock.instant(), null)))
				.onErrorMap(DuplicateKeyException.class,
						(taken) -> new GroupDenied(HttpStatus.CONFLICT, "workinggroup.campaign.plan.duplicate"));
		});
	}

	/**
	 * Changes a row of the plan: members of its municipality and admins. Published needs
	 * the post's https address; figures need a published post. Based on the row as read:
	 * a row changed in between fails with {@link OptimisticLockingFailureException}.
	 */
	public Mono<PlannedPost> change(Member member, String group, String slug, String id, PostChange change) {
		return access(member, group,
				slug)
			.flatMap((access) -> this.mongo
				.findOne(Query.query(Criteria.where("_id").is(id).and("campaign").is(access.campaign().id())),
						PlannedPost.class)
				.switchIfEmpty(Mono.error(() -> new GroupNotFound("workinggroup.campaign.plan.notFound")))
				.flatMap((post) -> {
					if (!access.rights().planFor(access.group(), post.municipality())) {
						return Mono.error(new GroupDenied("workinggroup.campaign.denied.plan"));
					}
					return changed(post, change).flatMap(this.mongo::save);
				}));
	}

	private static Mono<PlannedPost> changed(PlannedPost post, PostChange change) {
		PostStatus status = (change.status() != null) ? change.status() : post.status();
		String url = (change.url() != null) ? change.url() : post.url();
		if (status == PostStatus.GEPLANT && change.status() == PostStatus.GEPLANT) {
			url = null;
		}
		if (url != null && !isHttps(url)) {
			return Mono.error(new GroupDenied(HttpStatus.BAD_REQUEST, "workinggroup.campaign.invalid.url"));
		}
		if (status == PostStatus.VEROEFFENTLICHT && url == null) {
			return Mono.error(new GroupDenied(HttpStatus.BAD_REQUEST, "workinggroup.campaign.invalid.url"));
		}
		String text = (change.text() != null) ? change.text() : post.text();
		if (text.isEmpty() || text.length() > NewPost.MAX_TEXT) {
			return Mono.error(new GroupDenied(HttpStatus.BAD_REQUEST, "workinggroup.campaign.invalid.text"));
		}
		PlannedPost.Figures figures = post.figures();
		if (change.figures() != null) {
			PlannedPost.Figures given = change.figures();
			if (status != PostStatus.VEROEFFENTLICHT) {
				return Mono.error(new GroupDenied(HttpStatus.BAD_REQUEST, "workinggroup.campaign.invalid.unpublished"));
			}
			if (given.reach() < 0 || given.interactions() < 0 || given.newFollowers() < 0) {
				return Mono.error(new GroupDenied(HttpStatus.BAD_REQUEST, "workinggroup.campaign.invalid.figures"));
			}
			figures = given;
		}
		return Mono.just(new PlannedPost(post.id(), post.campaign(), post.municipality(), post.platform(), post.date(),
				post.idea(), text, status, url, figures, post.createdBy(), post.createdAt(), post.version()));
	}

	static boolean isHttps(String url) {
		try {
			URI uri = URI.create(url);
			return "https".equals(uri.getScheme()) && uri.getHost() != null && url.length() <= 1000;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * The plan with who took part how far and the sums: for those who may read it.
	 */
	public Mono<CampaignPlan> plan(@Nullable Member member, String group, String slug) {
		return access(member, group, slug).filter((access) -> access.rights().readPlan())
			.switchIfEmpty(Mono.error(() -> new GroupDenied("workinggroup.campaign.denied.read")))
			.flatMap(this::plan);
	}

	/**
	 * The plan of a campaign someone may read; the caller checked.
	 */
	public Mono<CampaignPlan> plan(Access access) {
		Campaign campaign = access.campaign();
		Query ofCampaign = Query.query(Criteria.where("campaign").is(campaign.id()));
		return Mono
			.zip(this.mongo.find(ofCampaign, PlannedPost.class)
				.sort(Comparator.comparing(PlannedPost::date)
					.thenComparing(PlannedPost::municipality)
					.thenComparing(PlannedPost::platform))
				.collectList(),
					this.mongo.find(ofCampaign, CampaignOptIn.class).map(CampaignOptIn::municipality).collectList(),
					this.groups.municipalitiesOf(access.group()).collectList())
			.map((all) -> {
				List<PlannedPost> posts = all.getT1();
				Set<String> optedIn = Set.copyOf(all.getT2());
				Map<String, List<PlannedPost>> byTown = posts.stream()
					.collect(Collectors.groupingBy(PlannedPost::municipality));
				List<CampaignPlan.Participation> participation = all.getT3().stream().map((town) -> {
					List<PlannedPost> own = byTown.getOrDefault(town.slug(), List.of());
					return new CampaignPlan.Participation(town, optedIn.contains(town.slug()), own.size(),
							(int) own.stream().filter((post) -> post.status() == PostStatus.VEROEFFENTLICHT).count(),
							sum(own));
				}).toList();
				return new CampaignPlan(campaign, posts, participation, sum(posts));
			});
	}

	/**
	 * Stores a campaign from the content import with its plan, unless a campaign with its
	 * slug is there: written once, what the group changes in the app afterwards is kept.
	 * Each municipality with a row in the plan is opted in.
	 */
	public Mono<Campaign> importCampaign(Campaign candidate, List<PlannedPost> posts) {
		return this.mongo.findOne(Query.query(Criteria.where("slug").is(candidate.slug())), Campaign.class)
			.switchIfEmpty(Mono.defer(() -> this.mongo.insert(candidate)
				.flatMap((saved) -> Flux.fromIterable(posts)
					.concatMap((post) -> this.mongo
						.insert(new CampaignOptIn(null, saved.id(), post.municipality(), null, candidate.createdAt()))
						.onErrorResume(DuplicateKeyException.class, (taken) -> Mono.empty())
						.then(this.mongo.insert(new PlannedPost(post.id(), saved.id(), post.municipality(),
								post.platform(), post.date(), post.idea(), post.text(), post.status(), post.url(),
								post.figures(), null, candidate.createdAt(), null))))
					.then(Mono.just(saved)))
				.doOnNext(this::changed)));
	}

	private void changed(Campaign campaign) {
		this.events.publishEvent(new SearchableChanged(CampaignSearchSource.KIND, campaign.slug()));
	}

	static PlannedPost.Figures sum(List<PlannedPost> posts) {
		return posts.stream()
			.map(PlannedPost::figures)
			.reduce(PlannedPost.Figures.NONE, PlannedPost.Figures::plus, PlannedPost.Figures::plus);
	}

}
