/**
 * Impulse: expert talk series (Impulsreihen), their talks, speakers and published
 * summaries.
 */
package de.impulsnetz.talk;
