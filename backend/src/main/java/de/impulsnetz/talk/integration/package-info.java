/**
 * What the talk module gives the rest of the platform: its content files
 * ({@code content/impulse}) and the talk series on a municipality's page.
 */
package de.impulsnetz.talk.integration;
