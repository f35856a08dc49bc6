"""Admin side of sign-language video pages: the page form checks the video on save, and a hook tells the editor
the outcome (or that the video could not be checked, because ffprobe is not installed)."""

from django.contrib import messages
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminPageForm

from home.video_check import check_stored_file, not_checked_message


class SignLanguageVideoPageForm(WagtailAdminPageForm):
    """Refuses a video below BITV 2.0 Annex 2 (each problem as an error on the video field) and stores its facts."""

    def clean(self):
        cleaned_data = super().clean()
        if "video" not in self.fields:
            return cleaned_data
        video = cleaned_data.get("video")
        check = check_stored_file(video.file) if video else None
        for problem in check.problems if check else []:
            self.add_error("video", problem)
        self.instance.apply_video_check(check)
        return cleaned_data


def _tell_editor_about_video(request, page):
    from home.models import SignLanguageVideoPage

    page = page.specific
    if not isinstance(page, SignLanguageVideoPage) or not page.video_id:
        return
    if page.video_check_status == SignLanguageVideoPage.CheckStatus.NOT_CHECKED:
        messages.warning(request, not_checked_message())
    elif page.video_check_status == SignLanguageVideoPage.CheckStatus.PASSED:
        messages.info(
            request,
            _("The video meets the requirements: %(width)s × %(height)s pixels, %(fps)s frames per second.")
            % {"width": page.video_width, "height": page.video_height, "fps": f"{page.video_fps:g}"},
        )


# Registered here rather than in home/wagtail_hooks.py so the feature stays in its own modules.
hooks.register("after_create_page", _tell_editor_about_video)
hooks.register("after_edit_page", _tell_editor_about_video)
