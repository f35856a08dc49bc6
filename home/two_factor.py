"""Optional second factor for staff (django-otp): a code from an authenticator app (TOTP) plus one-time backup codes.

A user who has set up an authenticator must enter a code after the password before any admin page opens; users
without one log in as before, unless STAFF_REQUIRE_2FA is on, which sends them to the setup page first.
No maintained Wagtail wrapper supports Wagtail 8 (wagtail-2fa stops at 7.x), so the few views live here.
"""

from base64 import b32encode

import django_otp
import segno
from django import forms
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

BACKUP_CODE_COUNT = 10
DEVICE_NAME = "authenticator"


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=16,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split())


def _verify_any_device(user, code):
    """The device (authenticator or backup codes) that accepts `code`, checked one device at a time so that
    django-otp's throttling applies to each."""
    for device in django_otp.devices_for_user(user, confirmed=True):
        accepted = django_otp.verify_token(user, device.persistent_id, code)
        if accepted is not None:
            return accepted
    return None


def _safe_next(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


def verify(request):
    """Second step of the login: the password was right, now the code."""
    if request.user.is_verified() or not django_otp.user_has_device(request.user):
        return redirect(_safe_next(request))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = _verify_any_device(request.user, form.cleaned_data["code"])
        if device is not None:
            django_otp.login(request, device)
            return redirect(_safe_next(request))
        form.add_error(
            "code", _("This code is not valid. Enter the current code from your authenticator app.")
        )
    return TemplateResponse(
        request, "home/two_factor/verify.html", {"form": form, "next": _safe_next(request)}
    )


def _qr_svg(uri: str) -> str:
    # segno writes plain SVG paths (no inline style or script), so it passes the admin's Content-Security-Policy.
    # The title (escaped by segno) names the image for screen readers.
    title = str(_("QR code for your authenticator app"))
    return mark_safe(segno.make(uri, error="m").svg_inline(scale=4, dark="#000", light="#fff", title=title))  # noqa: S308


def setup(request):
    """Set up, confirm or remove the authenticator of the logged-in user (linked from the account page)."""
    user = request.user
    confirmed = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    form = CodeForm(request.POST or None)
    context = {"form": form, "page_title": _("Two-factor authentication"), "header_icon": "key"}

    if confirmed is not None:
        if request.method == "POST" and form.is_valid():
            if _verify_any_device(user, form.cleaned_data["code"]) is not None:
                TOTPDevice.objects.filter(user=user).delete()
                StaticDevice.objects.filter(user=user).delete()
                messages.success(request, _("Two-factor authentication is switched off for your account."))
                return redirect("two_factor_setup")
            form.add_error(
                "code", _("This code is not valid. Enter the current code from your authenticator app.")
            )
        context.update(enabled=True, backup_codes_left=_backup_codes_left(user))
        return TemplateResponse(request, "home/two_factor/setup.html", context)

    device, _created = TOTPDevice.objects.get_or_create(
        user=user, confirmed=False, defaults={"name": DEVICE_NAME}
    )
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            codes = _new_backup_codes(user)
            django_otp.login(request, device)  # this session has just proven the second factor
            messages.success(request, _("Two-factor authentication is switched on for your account."))
            # A fresh form for "switch off": the confirming code must not reappear in it.
            context.update(
                form=CodeForm(), enabled=True, new_backup_codes=codes, backup_codes_left=len(codes)
            )
            return TemplateResponse(request, "home/two_factor/setup.html", context)
        form.add_error(
            "code", _("This code is not valid. Check the time on your phone and try the next code.")
        )
    context.update(
        enabled=False,
        config_url=device.config_url,
        secret=b32encode(device.bin_key).decode(),
        qr_svg=_qr_svg(device.config_url),
    )
    return TemplateResponse(request, "home/two_factor/setup.html", context)


def _new_backup_codes(user) -> list[str]:
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name="backup codes", confirmed=True)
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def _backup_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


class StaffTwoFactorMiddleware:
    """Keep a logged-in user out of the admin until the second factor is given (needs django-otp's OTPMiddleware
    before it). Without a device nothing changes, unless STAFF_REQUIRE_2FA asks every staff user to set one up."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and request.path_info.startswith("/admin/")
            and not user.is_verified()
        ):
            target = self._redirect_target(request, user)
            if target is not None:
                return target
        return self.get_response(request)

    @staticmethod
    def _redirect_target(request, user):
        verify_url = reverse("two_factor_verify")
        always_open = (verify_url, reverse("wagtailadmin_logout"), reverse("wagtailadmin_javascript_catalog"))
        if request.path_info.startswith(always_open):
            return None
        next_param = "?" + urlencode({"next": request.get_full_path()}) if request.method == "GET" else ""
        if django_otp.user_has_device(user):
            return redirect(f"{verify_url}{next_param}")
        setup_url = reverse("two_factor_setup")
        if settings.STAFF_REQUIRE_2FA and not request.path_info.startswith(setup_url):
            return redirect(setup_url)
        return None
