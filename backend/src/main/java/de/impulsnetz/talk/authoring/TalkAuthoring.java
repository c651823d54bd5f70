package de.impulsnetz.talk.authoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import de.impulsnetz.identity.Member;
import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.shared.text.FreeSlugs;
import de.impulsnetz.shared.work.ReactiveEvents;
import de.impulsnetz.shared.text.Slugs;
import de.impulsnetz.talk.publication.Consent;
import de.impulsnetz.talk.EventCheck;
import de.impulsnetz.talk.publication.MissingForPublication;
import de.impulsnetz.talk.publication.PublicationRequirement;
import de.impulsnetz.talk.SeriesContent;
import de.impulsnetz.talk.Speaker;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkAccess;
import de.impulsnetz.talk.TalkContent;
import de.impulsnetz.talk.TalkDenied;
import de.impulsnetz.talk.publication.TalkPublished;
import de.impulsnetz.talk.TalkRepository;
import de.impulsnetz.talk.TalkRights;
import de.impulsnetz.talk.TalkSeries;
import de.impulsnetz.talk.TalkSeriesRepository;
import de.impulsnetz.talk.TalkState;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * Writing series and talks in the app. Every save is based on the version the member
 * started from and refused with {@link TalkConflict} when someone saved in between; every
 * save marks the document as edited, so that a changed content file no longer overwrites
 * it ("edits in the app win"). Rights come from {@link TalkAccess} alone.
 */
@Service
public class TalkAuthoring {

	/** Addresses of pages under {@code /impulse} and {@code /impulse/{reihe}}. */
	private static final Set<String> RESERVED = Set.of("neu", "bearbeiten");

	private final TalkSeriesRepository series;

	private final TalkRepository talks;

	private final TalkAccess access;

	private final MunicipalityDirectory directory;

	private final List<PublicationRequirement> requirements;

	private final FreeSlugs slugs;

	private final ReactiveEvents events;

	private final Clock clock;

	private final ObjectProvider<EventCheck> eventCheck;

	TalkAuthoring(TalkSeriesRepository series, TalkRepository talks, TalkAccess access, MunicipalityDirectory directory,
			List<PublicationRequirement> requirements, FreeSlugs slugs, ReactiveEvents events, Clock clock,
			ObjectProvider<EventCheck> eventCheck) {
		this.eventCheck = eventCheck;
		this.series = series;
		this.talks = talks;
		this.access = access;
		this.directory = directory;
		this.requirements = requirements;
		this.slugs = slugs;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Starts a series for municipalities the member organises for (their own must be
	 * among them; admins any).
	 */
	public Mono<TalkSeries> createSeries(Member member, SeriesContent content) {
		return checkOrganisers(member, content).then(this.slugs.insert(TalkSeries.class, base(content.title(), "reihe"),
				(slug) -> this.series.insert(new TalkSeries(null, slug, content.title(), content.organiser(),
						content.coOrganisers(), content.description(), null, this.clock.instant(), null))));
	}

	public Mono<TalkSeries> updateSeries(String slug, Member member, SeriesContent content, long basedOnVersion) {
		return this.access.seriesForEditing(slug, member)
			.flatMap((current) -> checkOrganisers(member, content).thenReturn(current))
			.flatMap((current) -> {
				if (current.version() != null && current.version() != basedOnVersion) {
					return Mono.error(new TalkConflict(slug, current.version()));
				}
				return this.series.save(current.withContent(content, this.clock.instant()))
					.onErrorResume(OptimisticLockingFailureException.class, (stale) -> this.series.findBySlug(slug)
						.flatMap((now) -> Mono.error(new TalkConflict(slug, now.version()))));
			});
	}

	/**
	 * Adds an announced talk to the series, under the first free address of its title.
	 */
	public Mono<Talk> createTalk(String seriesSlug, Member member, TalkContent content) {
		return this.access.seriesForEditing(seriesSlug, member)
			.flatMap((found) -> checkEvent(content).thenReturn(found))
			.flatMap((found) -> this.slugs.insert(Talk.class, Criteria.where("series").is(seriesSlug),
					base(content.title(), "vortrag"),
					(slug) -> this.talks.insert(new Talk(null, seriesSlug, slug, content.title(), content.startsAt(),
							content.durationMinutes(), content.speakers(), content.abstractText(), content.event(),
							TalkState.ANNOUNCED, content.visibility(), "", null, this.clock.instant(), null))));
	}

	/**
	 * Saves the talk's fields; speakers keep their consent by name. The event is checked
	 * when it changes, so that a talk whose Impuls-Termin is gone can still be edited.
	 */
	public Mono<Talk> updateTalk(String series, String slug, Member member, TalkContent content, long basedOnVersion) {
		return this.access.forEditing(series, slug, member)
			.flatMap((current) -> (Objects.equals(content.event(), current.event()) ? Mono.<Void>empty()
					: checkEvent(content))
				.thenReturn(current))
			.flatMap((current) -> save(current.withContent(content, this.clock.instant()).basedOn(basedOnVersion)));
	}

	/**
	 * Moves the talk between angekündigt and stattgefunden by hand; veröffentlicht only
	 * comes through {@link #publish}, and a published talk is first taken back.
	 */
	public Mono<Talk> changeState(String series, String slug, Member member, TalkState target) {
		return this.access.forEditing(series, slug, member).flatMap((current) -> {
			if (target == TalkState.PUBLISHED || current.isPublished()) {
				return Mono.error(new WrongTalkState(current.state()));
			}
			return save(current.withState(target, this.clock.instant()));
		});
	}

	/**
	 * Records what the named speakers agreed to; speakers not named keep theirs. A
	 * withdrawn consent takes a published recording offline at once, because
	 * {@link TalkAccess#forListening} asks for every speaker's consent on each request.
	 */
	public Mono<Talk> recordConsent(String series, String slug, Member member, List<SpeakerConsent> consents) {
		return this.access.forEditing(series, slug, member).flatMap((current) -> {
			Map<String, Consent> given = new HashMap<>();
			for (SpeakerConsent consent : consents) {
				if (current.speakers().stream().noneMatch((speaker) -> speaker.name().equals(consent.speaker()))) {
					return Mono.error(new TalkInvalid("talk.authoring.invalid.speaker", consent.speaker()));
				}
				given.put(consent.speaker(), consent.consent());
			}
			List<Speaker> speakers = current.speakers()
				.stream()
				.map((speaker) -> speaker.withConsent(given.getOrDefault(speaker.name(), speaker.consent())))
				.toList();
			return save(current.withSpeakers(speakers, this.clock.instant()));
		});
	}

	/**
	 * Everything the talk still lacks before publication: that it has been held, and what
	 * every {@link PublicationRequirement} reports.
	 */
	public Flux<MissingForPublication> missing(Talk talk) {
		Flux<MissingForPublication> held = (talk.stateAt(this.clock.instant()) == TalkState.ANNOUNCED)
				? Flux.just(MissingForPublication.of("talk.authoring.missing.notHeld")) : Flux.empty();
		return held.concatWith(Flux.fromIterable(this.requirements).concatMap((rule) -> rule.missing(talk)));
	}

	/**
	 * Publishes the talk when nothing is missing, else {@link PublicationRefused} listing
	 * everything that is.
	 */
	public Mono<Talk> publish(String series, String slug, Member member) {
		return this.access.forEditing(series, slug, member)
			.flatMap((current) -> missing(current).collectList().flatMap((missing) -> {
				if (!missing.isEmpty()) {
					return Mono.error(new PublicationRefused(missing));
				}
				if (current.isPublished()) {
					return Mono.just(current);
				}
				return save(current.withState(TalkState.PUBLISHED, this.clock.instant()))
					.flatMap((published) -> this.events.publish(new TalkPublished(published.id(), series, slug))
						.thenReturn(published));
			}));
	}

	/**
	 * Takes a published talk back to stattgefunden: its recording is for the organisers
	 * only again.
	 */
	public Mono<Talk> unpublish(String series, String slug, Member member) {
		return this.access.forEditing(series, slug, member).flatMap((current) -> {
			if (!current.isPublished()) {
				return Mono.error(new WrongTalkState(current.state()));
			}
			return save(current.withState(TalkState.HELD, this.clock.instant()));
		});
	}

	private Mono<Talk> save(Talk talk) {
		return this.talks.save(talk)
			.onErrorResume(OptimisticLockingFailureException.class,
					(stale) -> this.talks.findBySeriesAndSlug(talk.series(), talk.slug())
						.flatMap((now) -> Mono.error(new TalkConflict(talk.key(), now.version()))));
	}

	/**
	 * The member must organise for one of the series' municipalities, and each must
	 * exist.
	 */
	private Mono<Void> checkOrganisers(Member member, SeriesContent content) {
		List<String> named = new ArrayList<>();
		named.add(content.organiser());
		named.addAll(content.coOrganisers());
		if (!TalkRights.mayOrganiseFor(member, named)) {
			return Mono.error(new TalkDenied("talk.authoring.denied.ownMunicipality"));
		}
		return this.directory.bySlugs(named).map(Municipality::slug).collectList().flatMap((known) -> {
			for (String slug : named) {
				if (!known.contains(slug)) {
					return Mono.error(new TalkInvalid("talk.authoring.invalid.municipality", slug));
				}
			}
			return Mono.empty();
		});
	}

	/**
	 * The event must be an existing Impuls-Termin: the one check of the link, for pages
	 * and API alike. The barcamp module, which owns events, implements
	 * {@link EventCheck}; without it (a slice without that module) any well-formed slug
	 * passes.
	 */
	private Mono<Void> checkEvent(TalkContent content) {
		EventCheck check = this.eventCheck.getIfAvailable();
		if (content.event() == null || check == null) {
			return Mono.empty();
		}
		return check.isImpulsTermin(content.event())
			.filter(Boolean::booleanValue)
			.switchIfEmpty(Mono.error(() -> new TalkInvalid("talk.authoring.invalid.event", content.event())))
			.then();
	}

	private static String base(String title, String fallback) {
		String base = Slugs.of(title);
		return (base.isEmpty() || RESERVED.contains(base)) ? fallback : base;
	}

}
