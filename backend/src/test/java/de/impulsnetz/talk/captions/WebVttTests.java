package de.impulsnetz.talk.captions;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Captions as organisers upload them: WebVTT as written by captioning tools, SRT as
 * exported by Zoom or YouTube, and files that are wrong in the ways files are wrong.
 */
class WebVttTests {

	private static final String GOOD = """
			WEBVTT Kind: captions

			NOTE erstellt von Hand

			STYLE
			::cue { color: red }

			begruessung
			00:00:01.000 --> 00:00:04.500 align:start line:0 region:fred
			<v Anna Beispiel>Herzlich willkommen
			zum Impuls!

			00:04.500 --> 00:00:08.000
			<v.moderation Ben>Danke, <i>Anna</i>.
			""";

	@Test
	void readsGoodWebVttWithIdentifiersNotesStylesAndShortTimes() {
		List<Cue> cues = WebVtt.read(GOOD, Duration.ofMinutes(1));

		assertThat(cues).hasSize(2);
		assertThat(cues.get(0).start()).isEqualTo(Duration.ofSeconds(1));
		assertThat(cues.get(0).end()).isEqualTo(Duration.ofMillis(4500));
		assertThat(cues.get(0).settings()).isEqualTo("align:start line:0");
		assertThat(cues.get(0).speaker()).isEqualTo("Anna Beispiel");
		assertThat(cues.get(0).plainText()).isEqualTo("Herzlich willkommen zum Impuls!");
		assertThat(cues.get(1).start()).isEqualTo(Duration.ofMillis(4500));
		assertThat(cues.get(1).speaker()).isEqualTo("Ben");
		assertThat(cues.get(1).text()).isEqualTo("<v.moderation Ben>Danke, <i>Anna</i>.");
	}

	@Test
	void writesCleanWebVttThatReadsTheSame() {
		String written = WebVtt.write(WebVtt.read(GOOD, null));

		assertThat(written).isEqualTo("""
				WEBVTT

				00:00:01.000 --> 00:00:04.500 align:start line:0
				<v Anna Beispiel>Herzlich willkommen
				zum Impuls!

				00:00:04.500 --> 00:00:08.000
				<v.moderation Ben>Danke, <i>Anna</i>.
				""");
		assertThat(WebVtt.read(written, null)).isEqualTo(WebVtt.read(GOOD, null));
	}

	@Test
	void convertsSrtToWebVttWithDotsAHeaderAndNoCueNumbers() {
		String srt = """
				1
				00:00:01,000 --> 00:00:03,250
				Guten Morgen.

				2
				00:00:03,250 --> 00:01:02,000 X1:100 X2:200
				Heute geht es um
				Bürgergeld.
				""";

		String vtt = WebVtt.write(WebVtt.read(srt, null));

		assertThat(vtt).isEqualTo("""
				WEBVTT

				00:00:01.000 --> 00:00:03.250
				Guten Morgen.

				00:00:03.250 --> 00:01:02.000
				Heute geht es um
				Bürgergeld.
				""");
	}

	@Test
	void acceptsAByteOrderMarkAndWindowsLineBreaks() {
		String windows = "\uFEFFWEBVTT\r\n\r\n00:00:01.000 --> 00:00:02.000\r\nEins\r\n\r\n"
				+ "00:00:02.000 --> 00:00:03.000\r\nZwei\r\n";

		List<Cue> cues = WebVtt.read(windows, null);

		assertThat(cues).extracting(Cue::plainText).containsExactly("Eins", "Zwei");
		assertThat(WebVtt.read("\uFEFF1\r\n00:00:01,000 --> 00:00:02,000\r\nSRT\r\n", null)).extracting(Cue::plainText)
			.containsExactly("SRT");
	}

	@Test
	void refusesCuesOutOfOrderNamingTheLine() {
		String vtt = """
				WEBVTT

				00:00:05.000 --> 00:00:06.000
				Später

				00:00:01.000 --> 00:00:02.000
				Früher
				""";

		assertThatThrownBy(() -> WebVtt.read(vtt, null)).isInstanceOfSatisfying(CaptionsInvalid.class, (invalid) -> {
			assertThat(invalid.messageKey()).isEqualTo("talk.captions.invalid.order");
			assertThat(invalid.line()).isEqualTo(6);
			assertThat(invalid.arguments()).containsExactly("00:00:01.000", "00:00:05.000");
		});
	}

	@Test
	void refusesAnEndBeforeTheStart() {
		String vtt = "WEBVTT\n\n00:00:05.000 --> 00:00:04.000\nRückwärts\n";

		assertThatThrownBy(() -> WebVtt.read(vtt, null)).isInstanceOfSatisfying(CaptionsInvalid.class, (invalid) -> {
			assertThat(invalid.messageKey()).isEqualTo("talk.captions.invalid.endBeforeStart");
			assertThat(invalid.line()).isEqualTo(3);
		});
	}

	@Test
	void refusesCaptionsBeyondTheRecordingsDuration() {
		String vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nDrin\n\n00:00:59.000 --> 00:01:01.000\nDrüber\n";

		assertThat(WebVtt.read(vtt, null)).hasSize(2);
		assertThatThrownBy(() -> WebVtt.read(vtt, Duration.ofMinutes(1))).isInstanceOfSatisfying(CaptionsInvalid.class,
				(invalid) -> {
					assertThat(invalid.messageKey()).isEqualTo("talk.captions.invalid.beyondDuration");
					assertThat(invalid.line()).isEqualTo(6);
					assertThat(invalid.arguments()).containsExactly("00:01:01.000", "00:01:00.000");
				});
	}

	@Test
	void refusesAFileWithoutHeaderAndBrokenTimes() {
		assertThatThrownBy(() -> WebVtt.read("Hallo\n\n00:00:01.000 --> 00:00:02.000\nText\n", null))
			.isInstanceOfSatisfying(CaptionsInvalid.class, (invalid) -> {
				assertThat(invalid.messageKey()).isEqualTo("talk.captions.invalid.header");
				assertThat(invalid.line()).isEqualTo(1);
			});
		assertThatThrownBy(() -> WebVtt.read("WEBVTT\n\n00:00:01,000 --> 00:00:02.000\nKomma\n", null))
			.isInstanceOfSatisfying(CaptionsInvalid.class, (invalid) -> {
				assertThat(invalid.messageKey()).isEqualTo("talk.captions.invalid.time");
				assertThat(invalid.arguments()).containsExactly("00:00:01,000");
			});
		assertThatThrownBy(() -> WebVtt.read("WEBVTT\n00:00:01.000 --> 00:00:02.000\nGleich nach dem Kopf\n", null))
			.isInstanceOfSatisfying(CaptionsInvalid.class, (invalid) -> {
				assertThat(invalid.messageKey()).isEqualTo("talk.captions.invalid.blankLineMissing");
				assertThat(invalid.line()).isEqualTo(2);
			});
		assertThatThrownBy(() -> WebVtt.read("WEBVTT\n\nnur eine Kennung\nText ohne Zeit\n", null))
			.isInstanceOfSatisfying(CaptionsInvalid.class, (invalid) -> {
				assertThat(invalid.messageKey()).isEqualTo("talk.captions.invalid.timingMissing");
				assertThat(invalid.line()).isEqualTo(4);
			});
		assertThatThrownBy(() -> WebVtt
			.read("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nEins\n00:00:02.000 --> 00:00:03.000\n", null))
			.isInstanceOfSatisfying(CaptionsInvalid.class, (invalid) -> {
				assertThat(invalid.messageKey()).isEqualTo("talk.captions.invalid.blankLineMissing");
				assertThat(invalid.line()).isEqualTo(5);
			});
	}

	@Test
	void stripsHostileMarkupAndKeepsVoicesAndAllowedSpans() {
		String vtt = """
				WEBVTT

				00:00:01.000 --> 00:00:02.000
				<v Eva Evil><script>alert('x')</script><img src=x onerror=alert(2)>
				<b>fett</b> <u>unter</u> <c.gelb>Klasse</c> <lang en>Hello</lang> <00:00:01.500>&amp; a < b & c
				<ruby>Ruby<rt>x</rt></ruby> <a href="javascript:alert(3)">Link</a> &#60;i&#62;
				""";

		Cue cue = WebVtt.read(vtt, null).get(0);

		assertThat(cue.text()).doesNotContain("<script", "<img", "<a ", "<ruby", "<rt", "onerror=", "href")
			.contains("<v Eva Evil>", "alert('x')", "<b>fett</b>", "<u>unter</u>", "<c.gelb>Klasse</c>",
					"<lang en>Hello</lang>", "<00:00:01.500>", "&amp; a &lt; b &amp; c", "&#60;i&#62;");
		assertThat(cue.speaker()).isEqualTo("Eva Evil");
		assertThat(cue.plainText()).startsWith("alert('x')").contains("fett unter Klasse Hello & a < b & c", "<i>");
	}

	@Test
	void keepsTheVoiceOfEveryCueAndItsEscapedName() {
		String vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Dr. Müller & Co>Text\n";

		Cue cue = WebVtt.read(vtt, null).get(0);

		assertThat(cue.text()).isEqualTo("<v Dr. Müller &amp; Co>Text");
		assertThat(cue.speaker()).isEqualTo("Dr. Müller & Co");
	}

}
