/**
 * The channel pages: members of a municipality keep its channels in a form, and everyone
 * reads the regional overview of municipalities × platforms as a table, a chart and CSV.
 */
package de.impulsnetz.municipality.channel.web;
