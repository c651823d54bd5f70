package de.impulsnetz.municipality.channel;

import org.jspecify.annotations.Nullable;

/**
 * Who is logged in, as far as channels care: which municipality they belong to and
 * whether they are an admin. Identity supplies it ({@link ChannelEditors}), so that this
 * module needs no identity of its own.
 *
 * @param id the member's stable id, kept in the history
 * @param name the name the history shows
 * @param municipality slug of the member's municipality, if any
 */
public record ChannelEditor(String id, String name, @Nullable String municipality, boolean admin) {

}
