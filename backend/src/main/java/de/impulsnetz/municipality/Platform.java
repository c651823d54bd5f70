package de.impulsnetz.municipality;

/**
 * Social media platforms and other channels a municipality communicates on.
 */
public enum Platform {

	INSTAGRAM, FACEBOOK, TIKTOK, YOUTUBE, LINKEDIN, MASTODON, WHATSAPP, X, THREADS, WEBSITE, PODCAST, NEWSLETTER

}
