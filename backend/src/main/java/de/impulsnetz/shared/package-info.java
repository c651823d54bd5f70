/**
 * Tiny kernel every feature may use: Markdown rendering, slugs, time, and the rules for
 * documents imported from {@code content/}.
 */
package de.impulsnetz.shared;
