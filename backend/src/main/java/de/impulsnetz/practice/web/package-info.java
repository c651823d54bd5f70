/**
 * Reading Praxisbeispiele: the list with its facets, the page of one case with its
 * questions, the Atom feeds and the export, and the view models these pages share.
 */
package de.impulsnetz.practice.web;
