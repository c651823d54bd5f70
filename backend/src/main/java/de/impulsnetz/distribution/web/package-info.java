/**
 * The Verteiler's pages: the archive with the form (also as a fragment for the page of
 * the list's owner, see {@link de.impulsnetz.distribution.web.DistributionFragment}), a
 * message with its replies, the mail settings and the unsubscribe page.
 */
@NamedInterface("fragment")
package de.impulsnetz.distribution.web;

import org.springframework.modulith.NamedInterface;
