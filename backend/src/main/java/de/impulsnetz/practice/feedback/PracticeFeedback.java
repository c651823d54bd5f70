package de.impulsnetz.practice.feedback;

import de.impulsnetz.practice.Practice;
import de.impulsnetz.practice.PracticeDenied;
import de.impulsnetz.practice.PracticeNotFound;
import de.impulsnetz.practice.PracticeRepository;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import de.impulsnetz.identity.Member;
import de.impulsnetz.shared.work.MemoryCopies;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * What readers give back: "Hilfreich" (one per member) and "Übernommen" (one per
 * municipality, which then appears on the case: the spread of good ideas made visible).
 */
@Service
public class PracticeFeedback {

	private final PracticeRepository practices;

	private final HelpfulMarkRepository helpful;

	private final AdoptionRepository adoptions;

	private final Clock clock;

	/**
	 * Who found each case helpful and which municipalities adopted it, by case id: what
	 * every reader's case page shows, from memory.
	 */
	private final MemoryCopies.Keyed<String, Given> given;

	PracticeFeedback(PracticeRepository practices, HelpfulMarkRepository helpful, AdoptionRepository adoptions,
			Clock clock, MemoryCopies copies) {
		this.practices = practices;
		this.helpful = helpful;
		this.adoptions = adoptions;
		this.clock = clock;
		this.given = copies.keyed((practice) -> Mono.zip(
				helpful.findByPracticeId(practice).map(HelpfulMark::memberId).collect(Collectors.toUnmodifiableSet()),
				adoptions.findByPracticeIdOrderByAtAsc(practice).map(Adoption::municipality).collectList(),
				Given::new));
	}

	/**
	 * Counts and what the member has given, for the case page.
	 */
	public Mono<Summary> summary(Practice practice, @Nullable Member member) {
		return this.given.get(practice.id())
			.map((given) -> new Summary(given.helpful().size(), member != null && given.helpful().contains(member.id()),
					given.adoptedBy(), member != null && mayAdopt(member, practice)
							&& !given.adoptedBy().contains(member.municipality())));
	}

	/**
	 * Marks or unmarks the case as helpful for the member; pressing twice changes
	 * nothing.
	 */
	public Mono<Void> helpful(String slug, Member member, boolean helpful) {
		return published(slug).flatMap((practice) -> helpful
				? this.helpful.insert(new HelpfulMark(null, practice.id(), member.id(), this.clock.instant()))
					.onErrorResume(DuplicateKeyException.class, (already) -> Mono.empty())
					.then()
				: this.helpful.deleteByPracticeIdAndMemberId(practice.id(), member.id()));
	}

	/**
	 * The member's municipality took the practice over, or no longer says so. Authors'
	 * municipalities cannot adopt their own case.
	 */
	public Mono<Void> adopted(String slug, Member member, boolean adopted) {
		return published(slug).flatMap((practice) -> {
			if (!mayAdopt(member, practice)) {
				return Mono.error(new PracticeDenied("practice.denied.adopt"));
			}
			return adopted
					? this.adoptions
						.insert(new Adoption(null, practice.id(), member.municipality(), member.id(),
								this.clock.instant()))
						.onErrorResume(DuplicateKeyException.class, (already) -> Mono.empty())
						.then()
					: this.adoptions.deleteByPracticeIdAndMunicipality(practice.id(), member.municipality());
		});
	}

	private static boolean mayAdopt(Member member, Practice practice) {
		return member.municipality() != null && !practice.content().municipalities().contains(member.municipality());
	}

	private Mono<Practice> published(String slug) {
		return this.practices.findBySlug(slug)
			.filter(Practice::isPublished)
			.switchIfEmpty(Mono.error(new PracticeNotFound(slug)));
	}

	/**
	 * @param adoptedBy slugs of the municipalities that took it over, earliest first
	 * @param mayAdopt whether the member's municipality could still mark it
	 */
	public record Summary(long helpful, boolean helpfulForMe, List<String> adoptedBy, boolean mayAdopt) {

	}

	/**
	 * What readers gave one case: the members who found it helpful, the municipalities
	 * that adopted it (in the order they said so).
	 */
	private record Given(Set<String> helpful, List<String> adoptedBy) {

	}

}
