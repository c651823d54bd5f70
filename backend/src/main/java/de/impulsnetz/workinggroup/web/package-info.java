/**
 * The pages of the working groups: the list, a group's page with its public part and the
 * part for the people in it, its meetings with agenda, minutes and Maßnahmen, and the
 * Atom feed of its public news. The services decide who may do what; these controllers
 * only ask them.
 */
package de.impulsnetz.workinggroup.web;
