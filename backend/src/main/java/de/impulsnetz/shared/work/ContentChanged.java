package de.impulsnetz.shared.work;

/**
 * Something readers see may have changed — on this instance or, a few seconds ago, on
 * another one. Published (synchronously, before the change's answer is sent) by the
 * site's page cache, which hears of every change; copies of shared content kept in memory
 * drop themselves on it (see {@link MemoryCopies}).
 */
public record ContentChanged() {

}
