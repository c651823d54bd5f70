/**
 * The editor, the review buttons, the list of cases in progress and the version history
 * as pages.
 */
package de.impulsnetz.practice.authoring.web;
