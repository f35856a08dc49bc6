"""Checks a sign-language video against BITV 2.0 Annex 2: at least 320 × 240 pixels and 25 frames per second.

The video's metadata is read with `ffprobe` (from ffmpeg, a Debian package) in a subprocess. Where ffprobe is not
installed, the result says so (`checked` is False and `reason` explains it): it never passes silently.
"""

import json
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _

MIN_WIDTH = 320
MIN_HEIGHT = 240
MIN_FPS = 25
# 29.97 and 25.00 pass; 24.98 from a rounding container still counts as 25, 23.976 does not.
FPS_TOLERANCE = 0.05
FFPROBE_TIMEOUT_SECONDS = 30


@dataclass
class VideoFacts:
    """What ffprobe tells us about the first video stream and the container."""

    width: int
    height: int
    fps: float
    duration: float  # seconds
    codec: str = ""


@dataclass
class VideoCheck:
    """The outcome of a check. `checked` is False when the file could not be examined at all (see `reason`)."""

    checked: bool
    facts: VideoFacts | None = None
    problems: list[str] = field(default_factory=list)
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.checked and not self.problems


def ffprobe_path() -> str | None:
    return shutil.which("ffprobe")


def not_checked_message() -> str:
    return _(
        "The video could not be checked: ffprobe (part of ffmpeg) is not installed on the server. Make sure "
        "yourself that it is at least %(width)s × %(height)s pixels and has at least %(fps)s frames per second."
    ) % {"width": MIN_WIDTH, "height": MIN_HEIGHT, "fps": MIN_FPS}


def _parse_rate(value: str | None) -> float:
    """ffprobe gives frame rates as fractions ("25/1", "30000/1001"); "0/0" means unknown."""
    if not value:
        return 0.0
    numerator, _slash, denominator = value.partition("/")
    try:
        return float(numerator) / float(denominator or 1)
    except (ValueError, ZeroDivisionError):
        return 0.0


def probe(path: str | Path) -> VideoFacts | None:
    """The metadata of the file's first video stream, or None if it has none or is not a media file.

    Raises FileNotFoundError when ffprobe is missing.
    """
    executable = ffprobe_path()
    if executable is None:
        raise FileNotFoundError("ffprobe")
    command = [
        executable,
        "-v",
        "error",
        "-select_streams",
        "v:0",
        "-show_entries",
        "stream=width,height,avg_frame_rate,r_frame_rate,codec_name:format=duration",
        "-of",
        "json",
        str(path),
    ]
    try:
        result = subprocess.run(  # noqa: S603 (fixed arguments, no shell)
            command, capture_output=True, text=True, timeout=FFPROBE_TIMEOUT_SECONDS, check=False
        )
    except subprocess.TimeoutExpired:
        return None
    if result.returncode != 0:
        return None
    try:
        data = json.loads(result.stdout or "{}")
    except json.JSONDecodeError:
        return None
    streams = data.get("streams") or []
    if not streams:
        return None
    stream = streams[0]
    # avg_frame_rate is what the file really plays at; r_frame_rate is the fallback for streams without it.
    fps = _parse_rate(stream.get("avg_frame_rate")) or _parse_rate(stream.get("r_frame_rate"))
    try:
        duration = float((data.get("format") or {}).get("duration") or 0)
    except ValueError:
        duration = 0.0
    return VideoFacts(
        width=int(stream.get("width") or 0),
        height=int(stream.get("height") or 0),
        fps=round(fps, 2),
        duration=duration,
        codec=stream.get("codec_name", ""),
    )


def check_video(path: str | Path) -> VideoCheck:
    """Check a video file on disk against the minimum size and frame rate for sign-language videos."""
    try:
        facts = probe(path)
    except FileNotFoundError:
        return VideoCheck(checked=False, reason=not_checked_message())
    if facts is None:
        return VideoCheck(
            checked=True,
            problems=[
                _("The file could not be read as a video. Please upload an MP4 (H.264) or WebM video.")
            ],
        )
    problems = []
    if facts.width < MIN_WIDTH or facts.height < MIN_HEIGHT:
        problems.append(
            _(
                "The video is %(width)s × %(height)s pixels. Sign-language videos must be at least "
                "%(min_width)s × %(min_height)s pixels (BITV 2.0, Annex 2)."
            )
            % {"width": facts.width, "height": facts.height, "min_width": MIN_WIDTH, "min_height": MIN_HEIGHT}
        )
    if facts.fps + FPS_TOLERANCE < MIN_FPS:
        problems.append(
            _(
                "The video has %(fps)s frames per second. Sign-language videos need at least %(min_fps)s frames "
                "per second (BITV 2.0, Annex 2)."
            )
            % {"fps": f"{facts.fps:g}", "min_fps": MIN_FPS}
        )
    return VideoCheck(checked=True, facts=facts, problems=problems)


def check_stored_file(field_file) -> VideoCheck:
    """Check a Django FieldFile (e.g. a Wagtail document's file) on local or remote storage."""
    if ffprobe_path() is None:
        return VideoCheck(checked=False, reason=not_checked_message())
    try:
        return check_video(field_file.path)
    except NotImplementedError:
        pass  # remote storage (S3): no local path, so copy it to a temporary file first
    suffix = Path(field_file.name).suffix
    with tempfile.NamedTemporaryFile(suffix=suffix) as copy:
        field_file.open("rb")
        try:
            shutil.copyfileobj(field_file, copy)
        finally:
            field_file.close()
        copy.flush()
        return check_video(copy.name)
