/**
 * The channels of a municipality, kept by its own members: what they are (platform,
 * address, status, since when, rhythm, audience, topics, and for logged-in members the
 * team and contact), every change with who and when, the seed from the content files, and
 * the regional overview of who is active where.
 */
// A named interface because identity says who is editing (ChannelEditors) and working
// groups offer their member municipalities as a filter of the overview
// (MunicipalityGroups).
@NamedInterface("channel")
package de.impulsnetz.municipality.channel;

import org.springframework.modulith.NamedInterface;
