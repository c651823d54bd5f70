/**
 * The directory of participating municipalities and institutions and their social media
 * channels.
 */
package de.impulsnetz.municipality;
