/**
 * The JSON API of Impulse under {@code /api/v1/impulse}: series, talks, speaker consent
 * and publishing.
 */
package de.impulsnetz.talk.api;
