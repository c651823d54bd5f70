package de.impulsnetz.municipality.channel;

/**
 * Why one channel of a save is not accepted.
 *
 * @param index the channel's position in the list that was saved; -1 for the list as a
 * whole
 * @param field the field in question ({@code url}, {@code since}, ...)
 * @param messageKey the German message
 */
public record ChannelProblem(int index, String field, String messageKey) {

}
