/**
 * Tiny kernel every feature may use: Markdown rendering, slugs and time.
 */
package de.impulsnetz.shared;
