package de.impulsnetz.practice.authoring.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.municipality.Platform;
import de.impulsnetz.practice.Contact;
import de.impulsnetz.practice.Effort;
import de.impulsnetz.practice.KeyFigure;
import de.impulsnetz.practice.Link;
import de.impulsnetz.practice.Practice;
import de.impulsnetz.practice.PracticeContent;
import de.impulsnetz.shared.text.DescribedImages;
import de.impulsnetz.shared.web.FormRows;
import de.impulsnetz.shared.text.LocalImages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.codec.multipart.FilePart;
import org.springframework.validation.Errors;

/**
 * The editor's form. Everything the member typed comes back unchanged when something is
 * wrong or someone else saved in between; nothing is lost.
 *
 * @param moreTopics topics that are not in the suggestions, comma-separated
 * @param inspiredBy the talk that inspired the case, as {@code reihe/vortrag} or its
 * address
 * @param version the version the member started from ({@code null} for a new case)
 * @param action which button was pressed: {@code vorschau}, {@code bild},
 * {@code speichern} or {@code einreichen}
 * @param image an image to upload and insert (action {@code bild})
 * @param imageAlt the image's alternative text
 */
record PracticeForm(@NotBlank @Size(max = 160) String title, @NotBlank @Size(max = 400) String teaser,
		@NotEmpty List<String> municipalities, @NotEmpty List<Platform> channels, @Nullable List<String> topics,
		@Size(max = 200) @Nullable String moreTopics, @NotNull MunicipalityKind institutionKind,
		@NotBlank @Size(max = 60000) @DescribedImages @LocalImages String body,
		@PositiveOrZero @Max(1000) @Nullable Integer effortPeople,
		@PositiveOrZero @Max(400) @Nullable Integer effortHours, @Size(max = 120) @Nullable String effortBudget,
		@Nullable List<@Valid FigureRow> results, @Nullable List<@Valid LinkRow> links,
		@Size(max = 120) @Nullable String contactName, @Size(max = 120) @Nullable String contactRole,
		@Size(max = 200) @Nullable String inspiredBy, @Nullable Long version, @Nullable String action,
		@Nullable FilePart image, @Nullable String imageAlt) {

	/** Empty rows offered for new results and links. */
	static final int SPARE_ROWS = 2;

	PracticeForm {
		municipalities = (municipalities != null) ? municipalities : List.of();
		channels = (channels != null) ? channels : List.of();
		topics = (topics != null) ? topics : List.of();
		results = FormRows.withSpare(results, new FigureRow("", "", null), SPARE_ROWS);
		links = FormRows.withSpare(links, new LinkRow("", ""), SPARE_ROWS);
	}

	static PracticeForm blank(@Nullable String municipality, MunicipalityKind kind) {
		return new PracticeForm("", "", (municipality != null) ? List.of(municipality) : List.of(), List.of(),
				List.of(), "", kind, PracticeContent.template(), null, null, "", null, null, "", "", "", null, null,
				null, null);
	}

	/**
	 * The form for what the authors work on: a pending change of a published case, else
	 * its content.
	 */
	static PracticeForm of(Practice practice) {
		PracticeContent content = practice.workingContent();
		Effort effort = (content.effort() != null) ? content.effort() : new Effort(null, null, null);
		Contact contact = (content.contact() != null) ? content.contact() : new Contact("", null);
		return new PracticeForm(content.title(), content.teaser(), content.municipalities(), content.channels(),
				content.topics(), "", content.institutionKind(), content.body(), effort.people(), effort.hoursPerWeek(),
				effort.budget(),
				content.results()
					.stream()
					.map((figure) -> new FigureRow(figure.value(), figure.label(), figure.asOf()))
					.toList(),
				content.links().stream().map((link) -> new LinkRow(link.title(), link.url())).toList(), contact.name(),
				contact.role(), (content.inspiredBy() != null) ? content.inspiredBy() : "", practice.version(), null,
				null, null);
	}

	/**
	 * The same form with an uploaded image's Markdown after the text, ready for the next
	 * step; the upload fields are cleared.
	 */
	PracticeForm withImage(String imageMarkdown) {
		String text = this.body.stripTrailing() + "\n\n" + imageMarkdown + "\n";
		return new PracticeForm(this.title, this.teaser, this.municipalities, this.channels, this.topics,
				this.moreTopics, this.institutionKind, text, this.effortPeople, this.effortHours, this.effortBudget,
				this.results, this.links, this.contactName, this.contactRole, this.inspiredBy, this.version, null, null,
				null);
	}

	boolean isImageUpload() {
		return "bild".equals(this.action);
	}

	/**
	 * Whether a file was chosen: browsers send an empty part without a name otherwise.
	 */
	boolean hasImage() {
		return this.image != null && !this.image.filename().isBlank();
	}

	boolean isPreview() {
		return "vorschau".equals(this.action);
	}

	boolean isSubmit() {
		return "einreichen".equals(this.action);
	}

	/**
	 * Checks that go beyond single fields: at least one topic, complete rows.
	 */
	void validate(Errors errors) {
		String talk = talkKey(this.inspiredBy);
		if (talk != null && !PracticeContent.TALK_KEY.matcher(talk).matches()) {
			errors.rejectValue("inspiredBy", "practice.form.inspiredBy.invalid");
		}
		if (allTopics().isEmpty()) {
			errors.rejectValue("topics", "practice.form.topics.required");
		}
		for (int i = 0; i < this.results.size(); i++) {
			FigureRow row = this.results.get(i);
			if (!row.isEmpty() && (blank(row.value()) || blank(row.label()))) {
				errors.rejectValue("results[" + i + "].label", "practice.form.result.incomplete");
			}
		}
		for (int i = 0; i < this.links.size(); i++) {
			LinkRow row = this.links.get(i);
			if (!row.isEmpty() && (blank(row.title()) || blank(row.url()))) {
				errors.rejectValue("links[" + i + "].url", "practice.form.link.incomplete");
			}
		}
	}

	PracticeContent toContent() {
		Effort effort = new Effort(this.effortPeople, this.effortHours, trimmed(this.effortBudget));
		Contact contact = blank(this.contactName) ? null
				: new Contact(this.contactName.strip(), trimmed(this.contactRole));
		return new PracticeContent(this.title.strip(), this.teaser.strip(), this.municipalities, this.channels,
				allTopics(), this.institutionKind, this.body.replace("\r\n", "\n"), effort.isEmpty() ? null : effort,
				this.results.stream()
					.filter((row) -> !row.isEmpty())
					.map((row) -> new KeyFigure(row.value().strip(), row.label().strip(), row.asOf()))
					.toList(),
				this.links.stream()
					.filter((row) -> !row.isEmpty())
					.map((row) -> new Link(row.title().strip(), row.url().strip()))
					.toList(),
				contact, talkKey(this.inspiredBy));
	}

	/**
	 * The talk's key from what the member pasted: the key itself or the talk's address,
	 * e.g. {@code https://…/impulse/reihe/vortrag}.
	 */
	static @Nullable String talkKey(@Nullable String given) {
		if (blank(given)) {
			return null;
		}
		String key = given.strip()
			.replaceFirst("^.*?/impulse/", "")
			.replaceFirst("[?#].*$", "")
			.replaceFirst("/+$", "");
		return key;
	}

	List<String> allTopics() {
		Set<String> all = new LinkedHashSet<>(this.topics);
		if (this.moreTopics != null) {
			for (String topic : this.moreTopics.split(",")) {
				if (!topic.isBlank()) {
					all.add(topic.strip());
				}
			}
		}
		return List.copyOf(all);
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private static @Nullable String trimmed(@Nullable String value) {
		return blank(value) ? null : value.strip();
	}

	/**
	 * A result in figures: "12.400" · "Follower auf Instagram" · as of a date.
	 */
	record FigureRow(@Size(max = 40) @Nullable String value, @Size(max = 160) @Nullable String label,
			@Nullable LocalDate asOf) implements FormRows.Row {

		@Override
		public boolean isEmpty() {
			return blank(this.value) && blank(this.label) && this.asOf == null;
		}

	}

	record LinkRow(@Size(max = 160) @Nullable String title,
			@Size(max = 500) @Pattern(regexp = "|https?://\\S+") @Nullable String url) implements FormRows.Row {

		@Override
		public boolean isEmpty() {
			return blank(this.title) && blank(this.url);
		}

	}

}
