/**
 * Import of the Markdown files in {@code content/} (YAML front matter + body) into the
 * feature modules, idempotent by slug and never over an edit made in the app.
 */
package de.impulsnetz.content;
