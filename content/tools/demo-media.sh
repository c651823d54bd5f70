#!/usr/bin/env bash
# Makes the demo recording of the talk "Drei Schritte zum Social-Media-Start im Jobcenter":
# speech synthesised with espeak-ng from the project's own text, a picture per chapter drawn
# by ffmpeg, German captions (WebVTT, with speakers), chapters and a slide PDF.
# Needs espeak-ng, ffmpeg (with libfreetype) and python3; run from the repository root:
#   content/tools/demo-media.sh
# The results are committed, so nobody needs these tools to run or test the app.
set -euo pipefail
out=content/impulse/impulsreihe-social-media
name=drei-schritte-jobcenter
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
font=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf

# chapter|speaker|voice|text
cat > "$work/script.txt" <<'TEXT'
Begrüßung|Moderation|de+f3|Willkommen zum Impuls der Reihe Social Media.
Begrüßung|Moderation|de+f3|Heute geht es um den Start eines Jobcenters in den sozialen Medien.
Netzwerke kennenlernen|Referent|de|Der erste Schritt: Lernen Sie die Netzwerke selbst kennen.
Netzwerke kennenlernen|Referent|de|Wer eine Weile mitliest, merkt schnell, welche Fragen die Menschen dort haben.
Ziele festlegen|Referent|de|Der zweite Schritt: Legen Sie fest, was Sie erreichen wollen und für wen.
Ziele festlegen|Referent|de|Besserer Service, mehr Bewerbungen für Ausbildungsplätze, oder beides.
Antworten statt senden|Referent|de|Der dritte Schritt: Antworten Sie.
Antworten statt senden|Referent|de|Ein Kanal, der nur sendet, verliert sein Publikum. Wer schnell und freundlich antwortet, gewinnt Vertrauen.
Zum Schluss|Moderation|de+f3|Danke fürs Zuhören. Die Folien und das Transkript finden Sie auf der Seite des Vortrags.
TEXT

: > "$work/list.txt"
printf 'WEBVTT\n\n' > "$out/$name.de.vtt"
: > "$work/chapters.txt"
t=0
previous=""
i=0
while IFS='|' read -r chapter speaker voice text; do
	i=$((i + 1))
	espeak-ng -v "$voice" -s 150 -w "$work/$i.raw.wav" "$text" < /dev/null
	# a short pause after every sentence
	ffmpeg -nostdin -loglevel error -y -i "$work/$i.raw.wav" -af "apad=pad_dur=0.6" -ar 44100 -ac 1 "$work/$i.wav"
	d=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$work/$i.wav")
	end=$(python3 -c "print(round($t + $d - 0.5, 3))")
	vtt() { python3 -c "s=$1; print('%02d:%02d:%06.3f' % (s // 3600, s % 3600 // 60, s % 60))"; }
	printf '%s --> %s\n<v %s>%s\n\n' "$(vtt "$t")" "$(vtt "$end")" "$speaker" "$text" >> "$out/$name.de.vtt"
	if [ "$chapter" != "$previous" ]; then
		printf '%s|%s\n' "$t" "$chapter" >> "$work/chapters.txt"
		previous=$chapter
	fi
	echo "file '$i.wav'" >> "$work/list.txt"
	t=$(python3 -c "print(round($t + $d, 3))")
done < "$work/script.txt"

ffmpeg -loglevel error -y -f concat -safe 0 -i "$work/list.txt" -c:a pcm_s16le "$work/speech.wav"

# One picture per chapter: the chapter's title on the platform's blue.
filters=""
n=0
mapfile -t chapters < "$work/chapters.txt"
for k in "${!chapters[@]}"; do
	start=${chapters[$k]%%|*}
	title=${chapters[$k]#*|}
	if [ $((k + 1)) -lt ${#chapters[@]} ]; then next=${chapters[$((k + 1))]%%|*}; else next=$t; fi
	filters+="drawtext=fontfile=$font:text='$title':fontcolor=white:fontsize=40:x=(w-text_w)/2:y=(h-text_h)/2:enable='between(t,$start,$next)',"
	n=$((n + 1))
done
filters+="drawtext=fontfile=$font:text='Impulsreihe Social Media':fontcolor=white@0.8:fontsize=20:x=24:y=h-44"
ffmpeg -loglevel error -y -f lavfi -i "color=c=0x004b87:s=640x360:r=25:d=$t" -i "$work/speech.wav" \
	-vf "$filters" -c:v libx264 -preset veryslow -crf 32 -pix_fmt yuv420p -tune stillimage \
	-c:a aac -b:a 48k -ac 1 -shortest -movflags +faststart "$out/$name.mp4"

# Chapters as the organisers would paste them.
python3 - "$work/chapters.txt" > "$out/$name.kapitel.txt" <<'PY'
import sys
for line in open(sys.argv[1], encoding="utf-8"):
    start, title = line.rstrip("\n").split("|", 1)
    s = int(float(start))
    print("%02d:%02d %s" % (s // 60, s % 60, title))
PY

# Slides: a small PDF with one page per chapter, Helvetica in WinAnsiEncoding.
python3 - "$work/chapters.txt" "$out/$name.pdf" <<'PY'
import sys
titles = [line.rstrip("\n").split("|", 1)[1] for line in open(sys.argv[1], encoding="utf-8")]
pages = [("Drei Schritte zum Social-Media-Start im Jobcenter", "Impulsreihe Social Media")] + \
        [(title, "Drei Schritte zum Social-Media-Start im Jobcenter") for title in titles]
def text(s):
    return s.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
objects = [b"<< /Type /Catalog /Pages 2 0 R >>", None,
           b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
kids = []
for title, subtitle in pages:
    stream = b"BT /F1 28 Tf 60 300 Td (" + text(title) + b") Tj ET BT /F1 16 Tf 60 260 Td (" + text(subtitle) + b") Tj ET"
    objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    content = len(objects)
    objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content)
    kids.append(len(objects))
objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
offsets = []
for number, body in enumerate(objects, 1):
    offsets.append(len(pdf))
    pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
xref = len(pdf)
pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
pdf += b"".join(b"%010d 00000 n \n" % o for o in offsets)
pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
open(sys.argv[2], "wb").write(pdf)
PY
ls -l "$out/$name".*
