/**
 * A municipality's channels as JSON under {@code /api/v1/kommunen/{slug}/kanaele}: read
 * by anyone (team and contact only with a login), saved by its members with the version
 * they read.
 */
package de.impulsnetz.municipality.channel.api;
