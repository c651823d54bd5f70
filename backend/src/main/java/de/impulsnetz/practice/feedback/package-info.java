/**
 * What readers give back on a Praxisbeispiel: "Hilfreich" marks and the municipalities
 * that report they adopted it.
 */
package de.impulsnetz.practice.feedback;
