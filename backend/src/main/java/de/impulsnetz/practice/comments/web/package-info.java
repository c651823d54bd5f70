/**
 * Reporting and hiding questions and answers from the page of a Praxisbeispiel.
 */
package de.impulsnetz.practice.comments.web;
