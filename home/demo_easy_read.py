"""Demo content for Leichte Sprache and Gebärdensprache (BITV 2.0 § 4), German only by nature.

The four pages BITV asks for are written in Leichte Sprache: short sentences, one statement each, difficult words
explained in boxes, compound words split with a middle dot (Mediopunkt). The Gebärdensprache section gets a short
generated test video when ffmpeg is installed (Debian: `apt-get install ffmpeg`); without it the video page says
how to add one.
"""

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

from django.core.files import File
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.images.models import Image

from home.models import (
    EasyReadIndexPage,
    EasyReadPage,
    HomePage,
    SignLanguageIndexPage,
    SignLanguageVideoPage,
)
from home.video_check import check_stored_file

TEST_VIDEO_TITLE = "DGS-Testvideo (Platzhalter)"
SEARCH_PICTOGRAM_TITLE = "Piktogramm Lupe"
SEARCH_PICTOGRAM_DESCRIPTION = "Eine Lupe"


def p(*lines):
    """A short paragraph: one sentence a line."""
    return ("paragraph", "\n".join(lines))


def word(term, *lines):
    return ("word", {"term": term, "explanation": "\n".join(lines)})


def links(*pairs):
    return ("links", [{"page": page, "text": text} for page, text in pairs])


def load(builder):
    home = HomePage.objects.get(locale__language_code="de")
    easy_index, _created = builder.get_or_create_page(
        home,
        EasyReadIndexPage,
        "leichte-sprache",
        title="Leichte Sprache",
        teaser="Informationen über diese Website in Leichter Sprache.",
        body=[
            p(
                "Hier finden Sie Texte in Leichter Sprache.",
                "Leichte Sprache ist einfach zu lesen.",
                "Die Sätze sind kurz.",
                "Schwierige Wörter erklären wir.",
            ),
            p("Klicken Sie auf eine Über·schrift.", "Dann kommen Sie zu dem Text."),
        ],
    )
    sign_index = load_sign_language(builder, home)
    statement = home.get_children().filter(slug="barrierefreiheit").first()
    load_easy_read_pages(builder, easy_index, sign_index, statement)


def load_easy_read_pages(builder, index, sign_index, statement):
    builder.get_or_create_page(
        index,
        EasyReadPage,
        "was-ist-auf-dieser-website",
        title="Was ist auf dieser Website?",
        teaser="Hier steht: Worum geht es auf dieser Website?",
        body=[
            p(
                "Diese Website heißt: Gemeinsam.",
                "Die Website gehört dem Aufbau·werk Region Leipzig.",
            ),
            ("heading", "Worum geht es?"),
            p(
                "Viele Menschen kommen neu nach Deutschland.",
                "Und in andere Länder in Europa.",
                "Diese Menschen sollen gut ankommen.",
                "Dabei helfen Projekte.",
            ),
            word(
                "Projekt",
                "Ein Projekt ist eine Arbeit mit einem Ziel.",
                "Die Arbeit hat einen Anfang und ein Ende.",
                "Viele Menschen arbeiten zusammen an dem Ziel.",
            ),
            p("Wir arbeiten bei Projekten mit.", "Wir haben Partner in 9 Ländern."),
            ("heading", "Was finden Sie auf dieser Website?"),
            (
                "list",
                [
                    "Projekte: Hier steht, was die Projekte machen.",
                    "Förder·aufrufe: Hier steht, wo es Geld für ein Projekt gibt.",
                    "Aktuelles: Hier stehen Nachrichten aus den Projekten.",
                    "Materialien: Hier gibt es Hefte und Dateien zum Herunter·laden.",
                ],
            ),
            word(
                "Förder·aufruf",
                "Manche Stellen geben Geld für Projekte.",
                "Zum Beispiel ein Ministerium.",
                "Die Stelle schreibt dann einen Förder·aufruf.",
                "Darin steht: So können Sie das Geld bekommen.",
                "Und: Bis zu diesem Tag müssen Sie fragen.",
            ),
        ],
    )
    pictogram = search_pictogram(builder)
    builder.get_or_create_page(
        index,
        EasyReadPage,
        "so-benutzen-sie-diese-website",
        title="So benutzen Sie diese Website",
        teaser="Hier steht: So finden Sie sich auf der Website zurecht.",
        body=[
            p("Hier erklären wir:", "So finden Sie sich auf der Website zurecht."),
            ("heading", "Oben auf jeder Seite"),
            (
                "list",
                [
                    "Oben links steht der Name der Website. Damit kommen Sie immer zur Start·seite.",
                    "Daneben ist das Menü. Im Menü stehen die Teile der Website.",
                    "Sie können die Sprache wählen: Deutsch oder Englisch.",
                    "Es gibt einen Link zu Leichter Sprache.",
                    "Es gibt einen Link zu Gebärden·sprache.",
                ],
            ),
            word(
                "Link",
                "Ein Link ist ein Wort oder ein Bild auf einer Website.",
                "Sie klicken auf den Link.",
                "Dann kommen Sie zu einer anderen Seite.",
            ),
            (
                "pictogram",
                {
                    "image": pictogram,
                    "alt_text": "Eine Lupe",
                    "text": "Oben gibt es auch ein Such·feld.\n"
                    "Dort schreiben Sie ein Wort.\n"
                    "Dann finden Sie alle Seiten mit diesem Wort.",
                },
            ),
            ("heading", "Unten auf jeder Seite"),
            p(
                "Unten steht unsere Adresse.",
                "Dort finden Sie auch das Impressum.",
                "Und den Daten·schutz.",
                "Und die Erklärung zur Barriere·freiheit.",
            ),
            ("heading", "Ohne Maus"),
            p(
                "Sie können die Website auch ohne Maus benutzen.",
                "Mit der Tab-Taste gehen Sie von Link zu Link.",
                "Mit der Enter-Taste öffnen Sie einen Link.",
            ),
        ],
    )
    accessibility_links = [(statement, "Erklärung zur Barriere·freiheit (nicht in Leichter Sprache)")]
    builder.get_or_create_page(
        index,
        EasyReadPage,
        "barrierefreiheit-kurz-erklaert",
        title="Barriere·freiheit: kurz erklärt",
        teaser="Hier steht: Können alle Menschen diese Website gut benutzen?",
        body=[
            p(
                "Wir wollen:",
                "Alle Menschen können diese Website gut benutzen.",
                "Auch Menschen mit Behinderung.",
            ),
            word(
                "Barriere·freiheit",
                "Eine Barriere ist ein Hindernis.",
                "Barriere·frei heißt: Es gibt keine Hindernisse.",
                "Jeder Mensch kann die Website benutzen.",
                "Zum Beispiel: Blinde Menschen lassen sich die Website vorlesen.",
            ),
            p("Es gibt ein Gesetz für Barriere·freiheit.", "Das Gesetz heißt: BITV 2.0."),
            ("heading", "Das ist noch nicht gut"),
            (
                "list",
                [
                    "Manche alte PDF-Dateien sind noch nicht barriere·frei. Fragen Sie uns. "
                    "Dann schicken wir Ihnen die Datei in einer anderen Form.",
                    "Die Karte mit den Partner·ländern ist ein Bild. Daneben gibt es eine Liste mit allen Ländern.",
                ],
            ),
            ("heading", "Haben Sie ein Problem mit der Website?"),
            p(
                "Dann schreiben Sie uns.",
                "Dafür gibt es ein Formular.",
                "Das Formular ist auf der Seite: Erklärung zur Barriere·freiheit.",
            ),
            *([links(*accessibility_links)] if statement else []),
            p(
                "Wir antworten Ihnen.",
                "Sind Sie mit der Antwort nicht zufrieden?",
                "Dann können Sie die Schlichtungs·stelle fragen.",
            ),
            word(
                "Schlichtungs·stelle",
                "Die Schlichtungs·stelle hilft bei Streit.",
                "Zum Beispiel: Sie und wir sind nicht einer Meinung.",
                "Die Schlichtungs·stelle sucht mit Ihnen und mit uns eine Lösung.",
                "Das kostet nichts.",
            ),
        ],
    )
    more_links = [(index, "Start·seite Leichte Sprache")]
    if sign_index is not None:
        more_links.append((sign_index, "Videos in Gebärden·sprache"))
    builder.get_or_create_page(
        index,
        EasyReadPage,
        "mehr-in-leichter-sprache",
        title="Mehr in Leichter Sprache",
        teaser="Hier steht: Wo gibt es noch mehr in Leichter Sprache?",
        body=[
            p("Auf dieser Website gibt es noch mehr in Leichter Sprache."),
            (
                "list",
                [
                    "Manche Projekte haben eine kurze Erklärung in Leichter Sprache.",
                    "Die Erklärungen finden Sie auf der Start·seite von Leichte Sprache.",
                    "Es gibt auch Videos in Gebärden·sprache.",
                ],
            ),
            word(
                "Gebärden·sprache",
                "Gebärden·sprache ist eine Sprache mit den Händen.",
                "Viele gehörlose Menschen sprechen Gebärden·sprache.",
                "Gehörlos heißt: Man kann nicht hören.",
                "In Deutschland gibt es die Deutsche Gebärden·sprache.",
                "Die Abkürzung ist: DGS.",
            ),
            links(*more_links),
            p(
                "Sie möchten mehr in Leichter Sprache lesen?",
                "Dann schreiben Sie uns eine E-Mail.",
                "Unsere E-Mail-Adresse ist: info@aufbauwerk-leipzig.com",
            ),
        ],
    )


def load_sign_language(builder, home):
    index, _created = builder.get_or_create_page(
        home,
        SignLanguageIndexPage,
        "gebaerdensprache",
        title="Gebärdensprache",
        teaser="Videos in Deutscher Gebärdensprache (DGS) über diese Website.",
        introduction=(
            "<p>Hier finden Sie Videos in Deutscher Gebärdensprache (DGS). Sie erklären, was auf dieser "
            "Website steht, wie Sie sie benutzen und wo Sie mehr in Gebärdensprache finden.</p>"
        ),
    )
    video = generated_test_video(builder)
    fields = {}
    if video is not None:
        # What the editor's save would store: the checked size, frame rate and running time.
        probe = SignLanguageVideoPage()
        probe.apply_video_check(check_stored_file(video.file))
        fields = {
            name: getattr(probe, name)
            for name in ("video_width", "video_height", "video_fps", "video_duration", "video_check_status")
        }
    builder.get_or_create_page(
        index,
        SignLanguageVideoPage,
        "diese-website-in-gebaerdensprache",
        title="Diese Website in Gebärdensprache",
        teaser="Was auf dieser Website steht und wie Sie sich zurechtfinden, in Deutscher Gebärdensprache.",
        video=video,
        text_version=(
            "<p>Dies ist ein Platzhalter: ein erzeugtes Testbild ohne Gebärden. Hier steht später das Video, "
            "in dem eine Gebärdensprachdolmetscherin die Startseite erklärt.</p>"
            "<p>Ein Video fügen Sie so hinzu: Laden Sie es unter <b>Dokumente</b> hoch (MP4 mit H.264 oder WebM, "
            "mindestens 320 × 240 Pixel und 25 Bilder pro Sekunde) und wählen Sie es auf dieser Seite im Feld "
            "<b>Video</b> aus. Beim Speichern prüft die Website, ob das Video diese Anforderungen erfüllt.</p>"
        ),
        **fields,
    )
    return index


def generated_test_video(builder):
    """A 3-second 640 × 360, 25 fps test picture made by ffmpeg, or None when ffmpeg is not installed."""
    Document = get_document_model()
    existing = Document.objects.filter(title=TEST_VIDEO_TITLE).first()
    if existing is not None:
        return existing
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        # Not builder.log: that counts as created content, and a second run must report "nothing new".
        if builder.stdout:
            builder.stdout.write(
                "  no ffmpeg: the Gebärdensprache demo page has no video (apt-get install ffmpeg)"
            )
        return None
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "dgs-testvideo.mp4"
        if not make_test_video(path, ffmpeg=ffmpeg):
            return None
        document = Document(title=TEST_VIDEO_TITLE)
        with path.open("rb") as handle:
            document.file = File(handle, name=path.name)
            document.save()
    builder.log(f"document {TEST_VIDEO_TITLE}")
    return document


def make_test_video(path, size="640x360", rate=25, seconds=3, ffmpeg=None) -> bool:
    """Write ffmpeg's test picture as H.264/MP4 (or VP9/WebM when the path ends in .webm). Used by tests too."""
    ffmpeg = ffmpeg or shutil.which("ffmpeg")
    if ffmpeg is None:
        return False
    codec = ["-c:v", "libvpx-vp9", "-b:v", "200k"] if str(path).endswith(".webm") else ["-c:v", "libx264"]
    command = [
        ffmpeg,
        "-hide_banner",
        "-loglevel",
        "error",
        "-y",
        "-f",
        "lavfi",
        "-i",
        f"testsrc=size={size}:rate={rate}:duration={seconds}",
        *codec,
        "-pix_fmt",
        "yuv420p",
        "-movflags",
        "+faststart",
        str(path),
    ]
    result = subprocess.run(command, capture_output=True, timeout=120, check=False)  # noqa: S603
    return result.returncode == 0 and Path(path).exists()


def search_pictogram(builder) -> Image:
    """A simple magnifying glass drawn with Pillow (found again by title on later runs)."""
    existing = Image.objects.filter(title=SEARCH_PICTOGRAM_TITLE).first()
    if existing:
        if not existing.description:  # demo databases from before descriptions were required
            existing.description = SEARCH_PICTOGRAM_DESCRIPTION
            existing.save(update_fields=["description"])
        return existing
    canvas = PILImage.new("RGB", (320, 320), (255, 255, 255))
    draw = ImageDraw.Draw(canvas)
    draw.ellipse((50, 40, 210, 200), outline=(11, 92, 138), width=26)
    draw.line((190, 180, 280, 270), fill=(11, 92, 138), width=40)
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    image = Image(title=SEARCH_PICTOGRAM_TITLE, description=SEARCH_PICTOGRAM_DESCRIPTION)
    image.file = ImageFile(io.BytesIO(buffer.getvalue()), name="piktogramm-lupe.png")
    image.save()
    builder.log(f"image {SEARCH_PICTOGRAM_TITLE}")
    return image
