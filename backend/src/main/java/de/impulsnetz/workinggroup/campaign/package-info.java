/**
 * Joint campaigns of a working group: the campaign with its shared material, the
 * municipalities that opted in, the posting plan (date × channel × municipality, each
 * town in its own words) with the figures after the campaign, its iCalendar and the
 * campaign turned into a draft Praxisbeispiel.
 */
package de.impulsnetz.workinggroup.campaign;
