"""Fixtures for the Leichte Sprache / Gebärdensprache tests: ffprobe/ffmpeg (skipped without them, unless CI)."""

import os
import shutil

import pytest

REQUIRE_FFMPEG = os.environ.get("REQUIRE_BROWSER") == "1"  # CI installs ffmpeg next to Chromium


def _require(program: str) -> str:
    path = shutil.which(program)
    if path is None:
        message = f"{program} not found (install: apt-get install ffmpeg)"
        if REQUIRE_FFMPEG:
            pytest.fail(message + " and REQUIRE_BROWSER=1")
        pytest.skip(message)
    return path


@pytest.fixture
def ffmpeg():
    _require("ffprobe")
    return _require("ffmpeg")


@pytest.fixture
def make_video(ffmpeg, tmp_path):
    """make_video("640x360", 25) → path of a 1-second generated video of that size and frame rate."""
    from home.demo_easy_read import make_test_video

    def make(size: str, rate: int, suffix: str = ".mp4"):
        path = tmp_path / f"video-{size}-{rate}{suffix}"
        assert make_test_video(path, size=size, rate=rate, seconds=1, ffmpeg=ffmpeg)
        return path

    return make
