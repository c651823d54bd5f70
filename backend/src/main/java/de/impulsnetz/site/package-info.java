/**
 * The site around the features: layout and navigation, start page, legal pages, error
 * pages, languages and security headers.
 */
package de.impulsnetz.site;
