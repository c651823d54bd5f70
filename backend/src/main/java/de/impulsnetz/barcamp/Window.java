package de.impulsnetz.barcamp;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A period in which something is allowed, such as registering or proposing; either end
 * may be open.
 */
public record Window(@Nullable Instant opens, @Nullable Instant closes) {

	public static final Window ALWAYS = new Window(null, null);

	public boolean isOpen(Instant now) {
		return (this.opens == null || !now.isBefore(this.opens)) && (this.closes == null || now.isBefore(this.closes));
	}

	public boolean hasClosed(Instant now) {
		return this.closes != null && !now.isBefore(this.closes);
	}

	public boolean hasNotOpened(Instant now) {
		return this.opens != null && now.isBefore(this.opens);
	}

}
