"""Per-site facts about the organisation: imprint data, contact and social links."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Who runs the site. The same in every language: names and addresses are facts, not texts."""

    organisation_name = models.CharField(_("organisation name"), max_length=200, default="Gemeinsam e. V.")
    street_address = models.CharField(_("street and number"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=20, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = models.CharField(_("country"), max_length=100, blank=True, default="Deutschland")
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    responsible_person = models.CharField(
        _("responsible for content"),
        max_length=200,
        blank=True,
        help_text=_(
            "Person responsible for editorial content (§ 18 Abs. 2 MStV), with address if it differs."
        ),
    )
    register_entry = models.CharField(
        _("register entry"), max_length=200, blank=True, help_text=_("e.g. Vereinsregister, court and number")
    )
    mastodon_url = models.URLField(_("Mastodon"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    bluesky_url = models.URLField(_("Bluesky"), blank=True)
    show_eu_emblem_in_footer = models.BooleanField(
        _("show the EU emblem in the footer"),
        default=False,
        help_text=_("Shows the 'Co-funded by the European Union' statement on every page."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("street_address"),
                FieldPanel("postal_code"),
                FieldPanel("city"),
                FieldPanel("country"),
                FieldPanel("register_entry"),
                FieldPanel("responsible_person"),
            ],
            heading=_("Imprint"),
        ),
        MultiFieldPanel([FieldPanel("email"), FieldPanel("phone")], heading=_("Contact")),
        MultiFieldPanel(
            [FieldPanel("mastodon_url"), FieldPanel("linkedin_url"), FieldPanel("bluesky_url")],
            heading=_("Social media"),
        ),
        FieldPanel("show_eu_emblem_in_footer"),
    ]

    class Meta:
        verbose_name = _("site settings")

    @property
    def social_links(self) -> list[tuple[str, str]]:
        links = [
            ("Mastodon", self.mastodon_url),
            ("LinkedIn", self.linkedin_url),
            ("Bluesky", self.bluesky_url),
        ]
        return [(name, url) for name, url in links if url]
