package de.impulsnetz.content;

import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The one rule for writing imported content over existing documents: a changed file
 * updates its document unless the document was edited in the app after the last import —
 * then the app's edit is kept and the outcome says so.
 */
public final class ContentImports {

	private ContentImports() {
	}

	public static ImportOutcome decide(@Nullable Importable existing, String hash) {
		if (existing == null) {
			return ImportOutcome.CREATED;
		}
		ImportStamp stamp = existing.importStamp();
		if (stamp != null && stamp.hash().equals(hash)) {
			return ImportOutcome.UNCHANGED;
		}
		if (existing.editedAt() != null && (stamp == null || existing.editedAt().isAfter(stamp.importedAt()))) {
			return ImportOutcome.KEPT_APP_EDITS;
		}
		return ImportOutcome.UPDATED;
	}

	/**
	 * Applies {@link #decide} and saves when it says so.
	 * @param existing the stored document with the candidate's slug, if any
	 * @param candidate the document as the file describes it, carrying its import stamp
	 * @param takeOver returns the candidate with identity and version of the existing
	 * document, so that the save is an optimistic-locked update
	 * @param save persists a document
	 */
	public static <T extends Importable> Mono<ImportOutcome> upsert(Mono<T> existing, T candidate,
			BinaryOperator<T> takeOver, Function<T, Mono<T>> save) {
		String hash = candidate.importStamp().hash();
		return existing.map(Optional::of).defaultIfEmpty(Optional.empty()).flatMap((found) -> {
			ImportOutcome outcome = decide(found.orElse(null), hash);
			return switch (outcome) {
				case CREATED -> save.apply(candidate).thenReturn(outcome);
				case UPDATED -> save.apply(takeOver.apply(found.get(), candidate)).thenReturn(outcome);
				default -> Mono.just(outcome);
			};
		});
	}

}
