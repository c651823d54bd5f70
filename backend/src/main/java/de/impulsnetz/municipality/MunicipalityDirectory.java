package de.impulsnetz.municipality;

import java.util.Collection;

import de.impulsnetz.shared.ContentImports;
import de.impulsnetz.shared.ImportOutcome;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * Finds municipalities and keeps the directory in step with {@code content/kommunen}.
 */
@Service
public class MunicipalityDirectory {

	private static final Sort BY_NAME = Sort.by("name");

	private final MunicipalityRepository repository;

	MunicipalityDirectory(MunicipalityRepository repository) {
		this.repository = repository;
	}

	public Flux<Municipality> all() {
		return this.repository.findAll(BY_NAME);
	}

	public Mono<Municipality> bySlug(String slug) {
		return this.repository.findBySlug(slug);
	}

	public Flux<Municipality> bySlugs(Collection<String> slugs) {
		return this.repository.findBySlugIn(slugs, BY_NAME);
	}

	public Flux<Municipality> partsOf(String slug) {
		return this.repository.findByPartOf(slug, BY_NAME);
	}

	public Mono<ImportOutcome> importFromContent(Municipality candidate) {
		return ContentImports.upsert(this.repository.findBySlug(candidate.slug()), candidate,
				(existing, imported) -> imported.withIdentityOf(existing), this.repository::save);
	}

}
