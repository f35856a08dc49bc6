"""Optional second factor for staff: a user with an authenticator gets no admin page before a valid code."""

import pytest
from django.contrib.auth import get_user_model
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

PASSWORD = "ein-langes-Passwort-2026"
VERIFY = "/admin/two-factor/verify/"
SETUP = "/admin/two-factor/"


def _code(device, offset=0) -> str:
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift + offset):06d}"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("zweifaktor", "z@example.org", PASSWORD)


@pytest.fixture
def device(editor):
    return TOTPDevice.objects.create(user=editor, name="authenticator", confirmed=True)


def _password_login(client, user):
    response = client.post("/admin/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302  # the password was right
    return response


def test_user_with_authenticator_needs_a_code_before_the_admin_opens(client, device, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # django-otp's growing delay after a wrong code is not under test
    _password_login(client, device.user)

    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith(VERIFY)

    wrong = client.post(
        VERIFY, {"code": "000000" if _code(device) != "000000" else "111111", "next": "/admin/"}
    )
    assert wrong.status_code == 200
    assert "Dieser Code ist ungültig" in wrong.content.decode()  # the admin speaks German here
    assert client.get("/admin/")["Location"].startswith(VERIFY)  # still blocked

    right = client.post(VERIFY, {"code": _code(device), "next": "/admin/pages/"})
    assert right.status_code == 302 and right["Location"] == "/admin/pages/"
    dashboard = client.get("/admin/")
    assert dashboard.status_code == 200
    assert "wagtail" in dashboard.content.decode().lower()


def test_a_backup_code_works_once(client, device, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    from django_otp.plugins.otp_static.models import StaticDevice

    static = StaticDevice.objects.create(user=device.user, name="backup codes", confirmed=True)
    StaticToken.objects.create(device=static, token="notfall42")
    _password_login(client, device.user)
    assert client.post(VERIFY, {"code": "notfall42"}).status_code == 302
    assert client.get("/admin/").status_code == 200
    assert not StaticToken.objects.filter(device=static).exists()


def test_user_without_authenticator_goes_straight_to_the_dashboard(client, editor):
    _password_login(client, editor)
    assert client.get("/admin/").status_code == 200


def test_staff_can_be_required_to_set_up_an_authenticator(client, editor, settings):
    settings.STAFF_REQUIRE_2FA = True
    _password_login(client, editor)
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"] == SETUP
    assert client.get(SETUP).status_code == 200


def test_setup_confirms_the_device_only_after_a_valid_first_code(client, editor, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    _password_login(client, editor)
    assert client.get("/admin/account/").status_code == 200
    assert SETUP in client.get("/admin/account/").content.decode()

    page = client.get(SETUP)
    html = page.content.decode()
    device = TOTPDevice.objects.get(user=editor)
    assert not device.confirmed
    assert "otpauth://totp/" in html and "<svg" in html and "QR-Code für Ihre Authentifizierungs-App" in html
    assert page["Content-Security-Policy"]  # the inline SVG lives under the admin policy

    client.post(SETUP, {"code": "12345"})  # wrong
    assert not TOTPDevice.objects.filter(user=editor, confirmed=True).exists()

    confirmed = client.post(SETUP, {"code": _code(device)})
    assert confirmed.status_code == 200
    device.refresh_from_db()
    assert device.confirmed
    assert StaticToken.objects.filter(device__user=editor).count() == 10
    assert "Ihre Notfallcodes" in confirmed.content.decode()
    assert client.get("/admin/").status_code == 200  # this session proved the factor while setting it up

    # A new login now needs the code.
    client.logout()
    _password_login(client, editor)
    assert client.get("/admin/")["Location"].startswith(VERIFY)


def test_switching_off_needs_a_current_code(client, device, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    client.force_login(device.user)
    session = client.session
    session["otp_device_id"] = device.persistent_id
    session.save()
    assert client.post(SETUP, {"code": "99999x"}).status_code == 200
    assert TOTPDevice.objects.filter(user=device.user).exists()
    response = client.post(SETUP, {"code": _code(device, offset=1)})
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=device.user).exists()


def test_reset_command_switches_it_off(device):
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("reset_2fa", device.user.username, stdout=out)
    assert "switched off" in out.getvalue()
    assert not TOTPDevice.objects.filter(user=device.user).exists()
