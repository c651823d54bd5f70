package de.impulsnetz.municipality.channel;

/**
 * The channels of a municipality were saved in the app or seeded from its content file.
 */
public record ChannelsChanged(String slug) {

}
