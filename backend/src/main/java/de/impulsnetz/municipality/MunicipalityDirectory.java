package de.impulsnetz.municipality;

import java.time.Clock;
import java.util.Collection;

import de.impulsnetz.content.ContentImports;
import de.impulsnetz.content.ImportOutcome;
import de.impulsnetz.shared.work.MemoryCopies;
import de.impulsnetz.shared.text.Slugs;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * Finds municipalities and keeps the directory in step with {@code content/kommunen}.
 */
@Service
public class MunicipalityDirectory {

	private static final Sort BY_NAME = Sort.by("name");

	private final MunicipalityRepository repository;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * All municipalities, which most pages read for names, from memory.
	 */
	private final MemoryCopies.Copy<Municipality> all;

	MunicipalityDirectory(MunicipalityRepository repository, ApplicationEventPublisher events, Clock clock,
			MemoryCopies copies) {
		this.repository = repository;
		this.events = events;
		this.clock = clock;
		this.all = copies.of(() -> repository.findAll(BY_NAME));
	}

	/**
	 * Registers a municipality created in the app (slug from its name).
	 * @throws MunicipalityExists (as error signal) when the slug is taken
	 */
	public Mono<Municipality> register(NewMunicipality registration) {
		String slug = Slugs.of(registration.name());
		Municipality municipality = new Municipality(null, slug, registration.name().strip(), registration.kind(),
				registration.region().strip(), registration.state().strip(), registration.website(),
				registration.emailDomains(), null, "", null, this.clock.instant(), null);
		return this.repository.insert(municipality)
			.onErrorMap(DuplicateKeyException.class, (ex) -> new MunicipalityExists(slug))
			.doOnNext((saved) -> this.events.publishEvent(new MunicipalityChanged(saved)));
	}

	public Flux<Municipality> all() {
		return this.all.get();
	}

	/**
	 * A municipality, from the copy in memory: every member's page names theirs.
	 */
	public Mono<Municipality> bySlug(String slug) {
		return all().filter((municipality) -> municipality.slug().equals(slug)).next();
	}

	public Flux<Municipality> bySlugs(Collection<String> slugs) {
		return this.repository.findBySlugIn(slugs, BY_NAME);
	}

	public Flux<Municipality> partsOf(String slug) {
		return this.repository.findByPartOf(slug, BY_NAME);
	}

	public Mono<ImportOutcome> importFromContent(Municipality candidate) {
		return ContentImports
			.upsert(this.repository.findBySlug(candidate.slug()), candidate,
					(existing, imported) -> imported.withIdentityOf(existing), this.repository::save)
			.doOnNext((outcome) -> {
				if (outcome == ImportOutcome.CREATED || outcome == ImportOutcome.UPDATED) {
					this.events.publishEvent(new MunicipalityChanged(candidate));
				}
			});
	}

}
