package de.impulsnetz.municipality.channel;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.impulsnetz.content.ContentImports;
import de.impulsnetz.content.ImportOutcome;
import de.impulsnetz.content.ImportStamp;
import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.shared.Berlin;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The one home of the channel rules, for the page and the API alike: who may change a
 * municipality's channels (its own members and admins), what a channel must be, saves
 * that never overwrite a newer state ({@link ChannelConflict}), the history of every
 * change with who and when, what anonymous readers do not see (team and contact), and the
 * seed from the content files, which no longer changes channels that members have saved
 * in the app. The channel list is written first, its history entry after it: should the
 * app stop in between, only that entry is missing.
 */
@Service
public class ChannelKeeping {

	/** The name the history shows for a member whose data was erased. */
	public static final String FORMER_MEMBER = "ehemaliges Mitglied";

	/** More channels than any municipality keeps; a save with more is refused. */
	public static final int MAX_CHANNELS = 40;

	static final int MAX_URL = 500;

	static final int MAX_SHORT = 120;

	static final int MAX_TEXT = 300;

	static final int MAX_TOPICS = 10;

	private final ChannelListRepository lists;

	private final ChannelChangeRepository changes;

	private final MunicipalityDirectory directory;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ChannelKeeping(ChannelListRepository lists, ChannelChangeRepository changes, MunicipalityDirectory directory,
			Clock clock, ApplicationEventPublisher events) {
		this.lists = lists;
		this.changes = changes;
		this.directory = directory;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Whether the member may change the municipality's channels: members of that
	 * municipality and admins.
	 */
	public boolean mayEdit(@Nullable ChannelEditor editor, String slug) {
		return editor != null && (editor.admin() || slug.equals(editor.municipality()));
	}

	/**
	 * The channels as the reader may see them: team and contact only for logged-in
	 * members.
	 * @param reader the logged-in member, or {@code null}
	 */
	public Mono<KeptChannels> forReader(String slug, @Nullable ChannelEditor reader) {
		return municipality(slug).flatMap(
				(municipality) -> stored(slug).map((list) -> kept(municipality, list.orElse(null), reader != null)));
	}

	/**
	 * The channels for a member who is going to change them; {@link ChannelsDenied} for
	 * anyone else.
	 */
	public Mono<KeptChannels> editing(String slug, ChannelEditor editor) {
		return municipality(slug).flatMap((municipality) -> {
			if (!mayEdit(editor, slug)) {
				return Mono.error(new ChannelsDenied());
			}
			return stored(slug).map((list) -> kept(municipality, list.orElse(null), true));
		});
	}

	/**
	 * Saves the municipality's channels, based on the version the member last read (0
	 * before there is one). Refused with {@link ChannelsDenied}, {@link InvalidChannels}
	 * or {@link ChannelConflict}; a save that changes nothing is no new version.
	 */
	public Mono<KeptChannels> save(String slug, ChannelEditor editor, List<Channel> channels, int basedOn) {
		return municipality(slug).flatMap((municipality) -> {
			if (!mayEdit(editor, slug)) {
				return Mono.error(new ChannelsDenied());
			}
			List<ChannelProblem> problems = check(channels);
			if (!problems.isEmpty()) {
				return Mono.error(new InvalidChannels(problems));
			}
			List<Channel> cleaned = channels.stream().map(ChannelKeeping::cleaned).toList();
			return stored(slug).flatMap((existing) -> {
				int current = existing.map(ChannelList::revision).orElse(0);
				if (current != basedOn) {
					return conflict(slug);
				}
				List<ChannelChange.Entry> entries = ChannelChange
					.between(existing.map(ChannelList::channels).orElse(List.of()), cleaned);
				if (entries.isEmpty()) {
					return Mono.just(kept(municipality, existing.orElse(null), true));
				}
				Instant now = this.clock.instant();
				ChannelList next = existing.map((list) -> list.edited(cleaned, now))
					.orElseGet(() -> new ChannelList(null, slug, cleaned, 1, null, now, null));
				return this.lists.save(next)
					.onErrorResume(OptimisticLockingFailureException.class, (stale) -> conflict(slug))
					.onErrorResume(DuplicateKeyException.class, (first) -> conflict(slug))
					.doOnNext((saved) -> this.events.publishEvent(new ChannelsChanged(slug)))
					.flatMap((saved) -> this.changes
						.insert(new ChannelChange(null, slug, saved.revision(), now, editor.id(), editor.name(),
								entries))
						.thenReturn(kept(municipality, saved, true)));
			});
		});
	}

	/**
	 * What is wrong with channels before they are saved, each problem with the channel's
	 * position: platform and status given, an {@code https} address, a month that has
	 * begun, texts within their lengths, no channel twice.
	 */
	public List<ChannelProblem> check(List<Channel> channels) {
		List<ChannelProblem> problems = new ArrayList<>();
		if (channels.size() > MAX_CHANNELS) {
			problems.add(new ChannelProblem(-1, "channels", "channel.invalid.tooMany"));
		}
		YearMonth thisMonth = YearMonth.now(this.clock.withZone(Berlin.ZONE));
		for (int i = 0; i < channels.size(); i++) {
			Channel channel = channels.get(i);
			if (channel.platform() == null) {
				problems.add(new ChannelProblem(i, "platform", "channel.invalid.platform"));
			}
			if (channel.status() == null) {
				problems.add(new ChannelProblem(i, "status", "channel.invalid.status"));
			}
			if (!isHttps(channel.url())) {
				problems.add(new ChannelProblem(i, "url", "channel.invalid.url"));
			}
			if (!blank(channel.since())) {
				YearMonth since = channel.sinceMonth();
				if (since == null) {
					problems.add(new ChannelProblem(i, "since", "channel.invalid.since"));
				}
				else if (since.isAfter(thisMonth)) {
					problems.add(new ChannelProblem(i, "since", "channel.invalid.sinceFuture"));
				}
			}
			tooLong(i, "handle", channel.handle(), MAX_SHORT, problems);
			tooLong(i, "rhythm", channel.rhythm(), MAX_SHORT, problems);
			tooLong(i, "audience", channel.audience(), MAX_TEXT, problems);
			tooLong(i, "team", channel.team(), MAX_SHORT, problems);
			tooLong(i, "contact", channel.contact(), MAX_TEXT, problems);
			if (channel.topics().size() > MAX_TOPICS
					|| channel.topics().stream().anyMatch((topic) -> topic != null && topic.length() > 60)) {
				problems.add(new ChannelProblem(i, "topics", "channel.invalid.topics"));
			}
			for (int j = 0; j < i; j++) {
				Channel earlier = channels.get(j);
				if (earlier.platform() == channel.platform() && earlier.url() != null
						&& earlier.url().strip().equals((channel.url() != null) ? channel.url().strip() : null)) {
					problems.add(new ChannelProblem(i, "url", "channel.invalid.twice"));
					break;
				}
			}
		}
		return problems;
	}

	/**
	 * Every change of the municipality's channels, newest first.
	 */
	public Flux<ChannelChange> history(String slug) {
		return this.changes.findBySlugOrderByRevisionDesc(slug);
	}

	/**
	 * The changes the member saved, for the export of their data.
	 */
	public Flux<ChannelChange> changesBy(String memberId) {
		return this.changes.findByBy(memberId);
	}

	/**
	 * Takes the member's id and name out of the history; the changes stay, since the
	 * channels belong to the municipality.
	 */
	public Mono<Void> forget(String memberId) {
		return this.changes.findByBy(memberId)
			.concatMap((change) -> this.changes.save(change.withoutAuthor(FORMER_MEMBER)))
			.then();
	}

	/**
	 * The channels of every municipality that has any, as anonymous readers see them, by
	 * slug.
	 */
	public Mono<Map<String, List<Channel>>> publicChannelsBySlug() {
		return this.lists.findAll()
			.collectMap(ChannelList::slug,
					(list) -> list.channels().stream().map(Channel::withoutMembersOnly).toList());
	}

	/**
	 * Seeds the channels of a municipality from its content file. Once members have saved
	 * the channels in the app, the file no longer changes them ({@link ContentImports}:
	 * the app's edit wins, and the outcome says so).
	 */
	public Mono<ImportOutcome> importFromContent(String slug, List<Channel> channels, ImportStamp stamp) {
		return stored(slug).flatMap((existing) -> {
			ImportOutcome outcome = ContentImports.decide(existing.orElse(null), stamp.hash());
			ChannelList next = switch (outcome) {
				case CREATED -> new ChannelList(null, slug, channels, 1, stamp, null, null);
				case UPDATED -> existing.get().imported(channels, stamp);
				default -> null;
			};
			if (next == null) {
				return Mono.just(outcome);
			}
			List<ChannelChange.Entry> entries = ChannelChange
				.between(existing.map(ChannelList::channels).orElse(List.of()), channels);
			return this.lists.save(next)
				.doOnNext((saved) -> this.events.publishEvent(new ChannelsChanged(slug)))
				.flatMap((saved) -> entries.isEmpty() ? Mono.just(saved) : this.changes
					.insert(new ChannelChange(null, slug, saved.revision(), stamp.importedAt(), null, null, entries))
					.thenReturn(saved))
				.thenReturn(outcome);
		});
	}

	private Mono<Municipality> municipality(String slug) {
		return this.directory.bySlug(slug).switchIfEmpty(Mono.error(() -> new UnknownMunicipality(slug)));
	}

	private Mono<Optional<ChannelList>> stored(String slug) {
		return this.lists.findBySlug(slug).map(Optional::of).defaultIfEmpty(Optional.empty());
	}

	private <T> Mono<T> conflict(String slug) {
		return this.lists.findBySlug(slug)
			.flatMap((current) -> this.changes.findBySlugOrderByRevisionDesc(slug)
				.next()
				.map((change) -> Optional.ofNullable(change.byName()))
				.defaultIfEmpty(Optional.empty())
				.map((name) -> new ChannelConflict(current.revision(), name.orElse(null))))
			.defaultIfEmpty(new ChannelConflict(0, null))
			.flatMap(Mono::error);
	}

	private static KeptChannels kept(Municipality municipality, @Nullable ChannelList list, boolean member) {
		if (list == null) {
			return new KeptChannels(municipality, List.of(), 0, null);
		}
		Function<Channel, Channel> visible = member ? Function.identity() : Channel::withoutMembersOnly;
		return new KeptChannels(municipality, list.channels().stream().map(visible).toList(), list.revision(),
				list.editedAt());
	}

	private static Channel cleaned(Channel channel) {
		return new Channel(channel.platform(), channel.url().strip(), trimmed(channel.handle()), channel.status(),
				trimmed(channel.since()), trimmed(channel.rhythm()), trimmed(channel.audience()),
				channel.topics()
					.stream()
					.filter((topic) -> !blank(topic))
					.map(String::strip)
					.distinct()
					.collect(Collectors.toList()),
				trimmed(channel.team()), trimmed(channel.contact()));
	}

	private static boolean isHttps(@Nullable String url) {
		if (blank(url) || url.strip().length() > MAX_URL) {
			return false;
		}
		try {
			URI uri = new URI(url.strip());
			return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && uri.getUserInfo() == null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static void tooLong(int index, String field, @Nullable String value, int max,
			List<ChannelProblem> problems) {
		if (value != null && value.strip().length() > max) {
			problems.add(new ChannelProblem(index, field, "channel.invalid.tooLong"));
		}
	}

	private static @Nullable String trimmed(@Nullable String value) {
		return blank(value) ? null : value.strip();
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
