package de.impulsnetz.talk.captions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The markup a cue's text may keep: voices ({@code <v Name>}), {@code <i>}, {@code <b>},
 * {@code <u>}, classes ({@code <c.name>}), languages ({@code <lang en>}) and timestamps
 * ({@code <00:01:02.000>}). Every other tag is dropped, and text that is no markup is
 * escaped, so a caption file cannot smuggle HTML into a page or a player.
 */
final class CueText {

	private static final Pattern TAG = Pattern.compile("<([^<>]*)>");

	private static final String CLASSES = "(?:\\.[A-Za-z0-9_-]+)*";

	private static final Pattern OPEN = Pattern.compile("([ibuc])" + CLASSES);

	private static final Pattern VOICE = Pattern.compile("v(" + CLASSES + ")[ \\t]+([^<>]*)");

	private static final Pattern LANG = Pattern
		.compile("lang(" + CLASSES + ")[ \\t]+([A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)");

	private static final Pattern CLOSE = Pattern.compile("/(?:[ibucv]|lang)");

	private static final Pattern TIMESTAMP = Pattern.compile("(?:\\d{2,}:)?[0-5]\\d:[0-5]\\d\\.\\d{3}");

	private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|nbsp|lrm|rlm|#\\d{1,7}|#[xX][0-9a-fA-F]{1,6});");

	private CueText() {
	}

	/**
	 * The text with only the allowed markup, everything else escaped or dropped.
	 */
	static String sanitise(String text) {
		StringBuilder clean = new StringBuilder(text.length());
		Matcher tag = TAG.matcher(text);
		int at = 0;
		while (tag.find()) {
			clean.append(escapeText(text.substring(at, tag.start())));
			clean.append(allowedTag(tag.group(1)));
			at = tag.end();
		}
		clean.append(escapeText(text.substring(at)));
		return clean.toString();
	}

	private static String allowedTag(String tag) {
		if (OPEN.matcher(tag).matches() || CLOSE.matcher(tag).matches() || TIMESTAMP.matcher(tag).matches()) {
			return "<" + tag + ">";
		}
		Matcher voice = VOICE.matcher(tag);
		if (voice.matches()) {
			String name = voice.group(2).strip();
			return "<v" + voice.group(1) + (name.isEmpty() ? "" : " " + escapeText(name)) + ">";
		}
		Matcher lang = LANG.matcher(tag);
		if (lang.matches()) {
			return "<lang" + lang.group(1) + " " + lang.group(2) + ">";
		}
		return "";
	}

	/**
	 * Text between tags: a stray {@code <} or {@code >} and an {@code &} that starts no
	 * entity become entities; entities that are already there stay.
	 */
	private static String escapeText(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '<') {
				escaped.append("&lt;");
			}
			else if (c == '>') {
				escaped.append("&gt;");
			}
			else if (c == '&') {
				Matcher entity = ENTITY.matcher(text).region(i, text.length());
				escaped.append(entity.lookingAt() ? "&" : "&amp;");
			}
			else {
				escaped.append(c);
			}
		}
		return escaped.toString();
	}

	/**
	 * The sanitised text as a reader sees it: without tags, entities resolved, lines
	 * joined.
	 */
	static String plain(String sanitised) {
		return unescape(TAG.matcher(sanitised).replaceAll("")).replaceAll("\\s*\\n\\s*", " ").strip();
	}

	static String unescape(String text) {
		Matcher entity = ENTITY.matcher(text);
		StringBuilder plain = new StringBuilder(text.length());
		while (entity.find()) {
			entity.appendReplacement(plain, Matcher.quoteReplacement(resolve(entity.group(1))));
		}
		entity.appendTail(plain);
		return plain.toString();
	}

	private static String resolve(String entity) {
		return switch (entity) {
			case "amp" -> "&";
			case "lt" -> "<";
			case "gt" -> ">";
			case "nbsp" -> "\u00A0";
			case "lrm" -> "\u200E";
			case "rlm" -> "\u200F";
			default -> {
				boolean hex = entity.charAt(1) == 'x' || entity.charAt(1) == 'X';
				int codePoint = Integer.parseInt(entity.substring(hex ? 2 : 1), hex ? 16 : 10);
				yield Character.isValidCodePoint(codePoint) && codePoint != 0 ? Character.toString(codePoint) : "";
			}
		};
	}

}
