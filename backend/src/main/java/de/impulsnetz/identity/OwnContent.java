package de.impulsnetz.identity;

import org.jspecify.annotations.Nullable;

/**
 * One thing of the member's own, as the overview on {@code /konto} lists it: named and
 * linked, grouped under its kind.
 *
 * @param kindKey message key of the group, e.g. {@code account.overview.registrations}
 * @param title what it is called (a case's or an event's title)
 * @param titleKey message key naming it instead, where the name is the site's own (a
 * channel), or {@code null}
 * @param href where it lives on the site
 * @param stateKey message key of where it stands (e.g.
 * {@code enum.PracticeStatus.DRAFT}), or {@code null}
 */
public record OwnContent(String kindKey, String title, @Nullable String titleKey, String href,
		@Nullable String stateKey) {

	/**
	 * A thing named by its title.
	 */
	public static OwnContent of(String kindKey, String title, String href, @Nullable String stateKey) {
		return new OwnContent(kindKey, title, null, href, stateKey);
	}

}
