"""The sign-language video checker (BITV 2.0 Annex 2): accepts a conforming file, refuses too small or too slow
ones with a message that says what is wrong, and says so when it cannot check at all."""

import pytest
from django.utils import translation

from home import video_check
from home.video_check import check_video


@pytest.fixture(autouse=True)
def _english():
    # Outside a request the active language is German (LANGUAGE_CODE); the messages are asserted in English.
    with translation.override("en"):
        yield


def test_accepts_a_conforming_video(make_video):
    result = check_video(make_video("640x360", 25))
    assert result.checked and result.ok, result.problems
    assert (result.facts.width, result.facts.height, result.facts.fps) == (640, 360, 25)
    assert 0.9 < result.facts.duration < 1.2


def test_accepts_a_conforming_webm_video(make_video):
    assert check_video(make_video("320x240", 30, suffix=".webm")).ok


def test_refuses_a_video_smaller_than_320_by_240(make_video):
    result = check_video(make_video("160x120", 25))
    assert result.checked and not result.ok
    assert len(result.problems) == 1
    assert "160 × 120" in result.problems[0]
    assert "320 × 240" in result.problems[0]


def test_refuses_a_video_with_fewer_than_25_frames_per_second(make_video):
    result = check_video(make_video("640x360", 15))
    assert len(result.problems) == 1
    assert "15 frames per second" in result.problems[0]
    assert "at least 25" in result.problems[0]


def test_names_every_problem_of_a_small_slow_video(make_video):
    assert len(check_video(make_video("160x120", 15)).problems) == 2


def test_refuses_a_file_that_is_not_a_video(ffmpeg, tmp_path):
    path = tmp_path / "not-a-video.mp4"
    path.write_text("hello")
    result = check_video(path)
    assert result.checked and not result.ok
    assert "could not be read as a video" in result.problems[0]


def test_says_clearly_when_ffprobe_is_missing(monkeypatch, tmp_path):
    monkeypatch.setattr(video_check.shutil, "which", lambda name: None)
    result = check_video(tmp_path / "anything.mp4")
    assert not result.checked and not result.ok
    assert "could not be checked" in result.reason
    assert "ffprobe" in result.reason
    assert "320 × 240" in result.reason
