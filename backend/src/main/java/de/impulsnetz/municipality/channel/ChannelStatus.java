package de.impulsnetz.municipality.channel;

/**
 * Where a channel stands; named in the bundles as {@code enum.ChannelStatus.*}.
 */
public enum ChannelStatus {

	/** Posts appear. */
	AKTIV,

	/** Kept, but nothing is posted for now. */
	PAUSIERT,

	/** Given up; kept in the list so the region knows. */
	EINGESTELLT

}
