/**
 * Import of the Markdown files in {@code content/} (YAML front matter + body): walks the
 * folders, parses and reports problems, while each feature owns its file format as a
 * {@link de.impulsnetz.content.ContentKind}; the rule that edits made in the app win
 * ({@link de.impulsnetz.content.ContentImports}).
 */
@ApplicationModule(allowedDependencies = { "shared" })
package de.impulsnetz.content;

import org.springframework.modulith.ApplicationModule;
