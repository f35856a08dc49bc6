"""Gebärdensprache (German Sign Language, DGS): the section's index and its video pages.

The video is a Wagtail document: editors upload it where they upload every other file (collections and privacy
included), the site serves it itself (no third-party player) and the same URL is the download link. When a page is
saved, the video is checked against BITV 2.0 Annex 2 (at least 320 × 240 pixels, 25 frames per second) with
ffprobe, and what ffprobe found (size, frame rate, running time) is stored on the page so visitors see it without the
server examining the file again.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from home.sign_language_admin import SignLanguageVideoPageForm
from home.video_check import VideoCheck

from .base import BasePage, IndexPage


class SignLanguageIndexPage(IndexPage):
    """The start of the Gebärdensprache section: lists its video pages in the order the editor put them in."""

    source_language_only = True  # German only: Leichte Sprache and DGS are German by nature

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.SignLanguageVideoPage"]
    max_count_per_parent = 1
    per_page = 24
    template = "home/sign_language/sign_language_index_page.html"

    class Meta:
        verbose_name = _("Gebärdensprache section")
        verbose_name_plural = _("Gebärdensprache sections")

    def get_listing_queryset(self, request):
        return self.get_children().live().specific().order_by("path")


class SignLanguageVideoPage(BasePage):
    """One video in German Sign Language, self-hosted, with its size, running time and a download link."""

    source_language_only = True  # German only: Leichte Sprache and DGS are German by nature

    class CheckStatus(models.TextChoices):
        PASSED = "passed", _("meets the requirements")
        FAILED = "failed", _("does not meet the requirements")
        NOT_CHECKED = "not_checked", _("could not be checked")

    video = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("video"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "An MP4 (H.264) or WebM file, at least 320 × 240 pixels and 25 frames per second (BITV 2.0, "
            "Annex 2). It is checked when you save."
        ),
    )
    text_version = RichTextField(
        _("text version"),
        blank=True,
        features=["h2", "bold", "link", "ul"],
        help_text=_("What the video says, in writing."),
    )
    # Filled from ffprobe when the page is saved; editors never type them.
    video_width = models.PositiveIntegerField(_("width in pixels"), null=True, blank=True, editable=False)
    video_height = models.PositiveIntegerField(_("height in pixels"), null=True, blank=True, editable=False)
    video_fps = models.FloatField(_("frames per second"), null=True, blank=True, editable=False)
    video_duration = models.FloatField(_("running time in seconds"), null=True, blank=True, editable=False)
    video_check_status = models.CharField(
        _("video check"), max_length=12, choices=CheckStatus.choices, blank=True, editable=False
    )

    content_panels = [*BasePage.content_panels, FieldPanel("video"), FieldPanel("text_version")]
    search_fields = [*BasePage.search_fields, index.SearchField("text_version")]
    base_form_class = SignLanguageVideoPageForm
    parent_page_types = ["home.SignLanguageIndexPage"]
    subpage_types = []
    template = "home/sign_language/sign_language_video_page.html"

    class Meta:
        verbose_name = _("Gebärdensprache video")
        verbose_name_plural = _("Gebärdensprache videos")

    def apply_video_check(self, check: VideoCheck | None) -> None:
        """Store what the check found (None: there is no video)."""
        facts = check.facts if check else None
        self.video_width = facts.width if facts else None
        self.video_height = facts.height if facts else None
        self.video_fps = facts.fps if facts else None
        self.video_duration = facts.duration if facts else None
        if check is None:
            self.video_check_status = ""
        elif not check.checked:
            self.video_check_status = self.CheckStatus.NOT_CHECKED
        else:
            self.video_check_status = self.CheckStatus.PASSED if check.ok else self.CheckStatus.FAILED

    @property
    def video_mime_type(self) -> str:
        name = self.video.filename.lower() if self.video else ""
        if name.endswith(".webm"):
            return "video/webm"
        if name.endswith((".ogv", ".ogg")):
            return "video/ogg"
        return "video/mp4"

    @property
    def running_time(self) -> tuple[str, str] | None:
        """(ISO 8601 duration for <time datetime>, "m:ss" for people), or None when unknown."""
        if not self.video_duration:
            return None
        seconds = round(self.video_duration)
        minutes, seconds = divmod(seconds, 60)
        return f"PT{minutes}M{seconds}S", f"{minutes}:{seconds:02d}"
