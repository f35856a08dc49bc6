"""Moderation emails: moderators hear about submissions, authors about approvals and rejections (with the
comment), each in their own admin language and with a direct link into the admin."""

from django.core import mail
from django.urls import reverse

from tests.editorial.test_roles import post_edit_form


def submit(client_for, editor, page):
    response = post_edit_form(client_for(editor), page, "action-submit")
    assert response.status_code == 302
    page.refresh_from_db()
    return page.current_workflow_state.current_task_state


def act(client_for, moderator, page, task_state, action, comment=""):
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    response = client_for(moderator).post(url, {"comment": comment})
    assert response.status_code == 302
    page.refresh_from_db()


def mails_to(user):
    return [message for message in mail.outbox if message.to == [user.email]]


def test_moderators_are_told_on_submit_in_their_language(
    client_for, editor, moderator, english_moderator, draft_news
):
    mail.outbox.clear()
    submit(client_for, editor, draft_news)
    [german] = mails_to(moderator)
    [english] = mails_to(english_moderator)
    assert "Neue Beratungsstelle in Leipzig" in german.subject
    assert "Freigabe" in german.subject
    assert "wurde zur Freigabe" in german.subject or "eingereicht" in german.subject
    assert "has been submitted for approval" in english.subject
    edit_link = f"http://testserver/admin/pages/{draft_news.pk}/edit/"
    assert edit_link in german.body
    assert edit_link in english.body
    assert mails_to(editor) == []


def test_author_gets_approval_mail_with_comment_and_admin_link(client_for, editor, moderator, draft_news):
    task_state = submit(client_for, editor, draft_news)
    mail.outbox.clear()
    act(client_for, moderator, draft_news, task_state, "approve", "Schön geschrieben.")
    assert draft_news.live
    [message] = mails_to(editor)
    assert "freigegeben" in message.subject
    assert "Neue Beratungsstelle in Leipzig" in message.subject
    assert "Schön geschrieben." in message.body
    assert f"http://testserver/admin/pages/{draft_news.pk}/edit/" in message.body
    assert "http://testserver/de/aktuelles/neue-beratungsstelle/" in message.body


def test_author_gets_rejection_mail_with_comment(client_for, editor, moderator, draft_news):
    task_state = submit(client_for, editor, draft_news)
    mail.outbox.clear()
    act(client_for, moderator, draft_news, task_state, "reject", "Bitte die Adresse ergänzen.")
    assert not draft_news.live
    [message] = mails_to(editor)
    assert "abgelehnt" in message.subject
    assert "Bitte die Adresse ergänzen." in message.body
    assert f"http://testserver/admin/pages/{draft_news.pk}/edit/" in message.body


def test_mail_follows_the_authors_admin_language(client_for, editor, moderator, draft_news):
    profile = editor.wagtail_userprofile
    profile.preferred_language = "en"
    profile.save()
    task_state = submit(client_for, editor, draft_news)
    mail.outbox.clear()
    act(client_for, moderator, draft_news, task_state, "reject", "Please add the address.")
    [message] = mails_to(editor)
    assert "has been rejected" in message.subject
    assert 'The following comment was left: "Please add the address."' in message.body
