"""Learning materials, their downloadable files, and the material index with its filters."""

from django.conf import settings
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index

from home import images
from home.links import links_of
from home.localize import in_locale
from home.models import BasePage, IndexPage
from home.models.easy_read import EasyReadSummaryMixin
from home.page_rows import rows_of

MATERIAL_TYPES = [
    ("guide", _("Guide")),
    ("handout", _("Handout")),
    ("presentation", _("Presentation")),
    ("worksheet", _("Worksheet")),
    ("report", _("Report")),
    ("form", _("Form")),
    ("template", _("Template")),
]

TARGET_GROUPS = [
    ("practitioners", _("Practitioners and counsellors")),
    ("applicants", _("Applicants and project teams")),
    ("administration", _("Public administration")),
    ("trainers", _("Trainers and multipliers")),
    ("volunteers", _("Volunteers")),
    ("general", _("General public")),
]

# Licence code → (label, link). Labels are names, not translated.
LICENCES = {
    "cc-by-4.0": ("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
    "cc-by-sa-4.0": ("CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
    "cc-by-nc-4.0": ("CC BY-NC 4.0", "https://creativecommons.org/licenses/by-nc/4.0/"),
    "cc-by-nc-sa-4.0": ("CC BY-NC-SA 4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/"),
    "cc0-1.0": ("CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
    "all-rights-reserved": (_("All rights reserved"), ""),
}


class MaterialIndexPage(IndexPage):
    """The learning materials section (/de/materialien/, /en/materials/), filterable by topic, type, language and
    target group, newest first."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["downloads.LearningMaterialPage"]
    template = "downloads/material_index_page.html"

    class Meta:
        verbose_name = _("material index")

    def get_filter_form(self, request):
        from downloads.forms import MaterialFilterForm

        return MaterialFilterForm(request.GET, locale=self.locale)

    def get_listing_queryset(self, request):
        form = self.get_filter_form(request)
        request._material_filter_form = form
        materials = LearningMaterialPage.objects.child_of(self).live()
        return form.filter(materials).for_listing()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["filter_form"] = request._material_filter_form
        context["restricted_ids"] = restricted_page_ids(context["page_obj"].object_list)
        return context


class LearningMaterialQuerySet(PageQuerySet):
    """What listings need in a fixed number of queries: files with their documents, cover renditions."""

    def newest_first(self):
        # NULLS LAST: PostgreSQL would otherwise put undated materials first, SQLite last.
        return self.order_by(models.F("publication_date").desc(nulls_last=True), "-first_published_at", "-pk")

    def for_listing(self):
        return (
            self.newest_first()
            .select_related("locale")
            .prefetch_related(
                Prefetch("cover_image", queryset=images.with_renditions(images.CARD)),
                Prefetch("files", queryset=MaterialFile.objects.select_related("document")),
            )
        )


LearningMaterialManager = PageManager.from_queryset(LearningMaterialQuerySet)


class LearningMaterialPage(RoutablePageMixin, EasyReadSummaryMixin, BasePage):
    """A guide, handout or other material with one or more files (e.g. a German and an English PDF).

    Files are downloaded through `download/<file id>/`, which counts the download anonymously and serves the file;
    page privacy (login or password) and a private document collection keep restricted files away from strangers.
    """

    description = RichTextField(
        _("description"), blank=True, features=["h2", "h3", "bold", "italic", "link", "ol", "ul"]
    )
    material_type = models.CharField(_("type of material"), max_length=20, choices=MATERIAL_TYPES)
    topics = ParentalManyToManyField("downloads.MaterialTopic", verbose_name=_("topics"), blank=True)
    target_group = models.CharField(_("target group"), max_length=20, choices=TARGET_GROUPS, blank=True)
    publication_date = models.DateField(_("publication date"), null=True, blank=True)
    licence = models.CharField(
        _("licence"),
        max_length=30,
        choices=[(code, label) for code, (label, _link) in LICENCES.items()],
        default="cc-by-4.0",
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    related_projects = ParentalManyToManyField(
        "projects.ProjectPage", verbose_name=_("related projects"), blank=True, related_name="materials"
    )
    related_calls = ParentalManyToManyField(
        "projects.CallForProposalsPage",
        verbose_name=_("related calls for proposals"),
        blank=True,
        related_name="materials",
    )

    objects = LearningMaterialManager()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("material_type"),
                FieldPanel("topics"),
                FieldPanel("target_group"),
                FieldPanel("publication_date"),
                FieldPanel("licence"),
                FieldPanel("cover_image"),
            ],
            heading=_("About this material"),
        ),
        InlinePanel("files", heading=_("Files"), label=_("file"), min_num=1),
        MultiFieldPanel(
            [FieldPanel("related_projects"), FieldPanel("related_calls")],
            heading=_("Related projects and calls"),
        ),
        *EasyReadSummaryMixin.easy_read_panels,
    ]
    search_fields = [
        *BasePage.search_fields,
        *EasyReadSummaryMixin.easy_read_search_fields,
        index.SearchField("description"),
    ]

    parent_page_types = ["downloads.MaterialIndexPage"]
    subpage_types = []
    template = "downloads/learning_material_page.html"

    class Meta:
        verbose_name = _("learning material")
        verbose_name_plural = _("learning materials")

    @property
    def licence_label(self):
        return LICENCES.get(self.licence, ("", ""))[0]

    @property
    def licence_url(self):
        return LICENCES.get(self.licence, ("", ""))[1]

    def localized_topics(self):
        """Topics in the page's language, sorted by name (translations share the German page's topics; a topic
        without a translation is shown as it is). One query, and a second only for a translation's topics
        (home.localize.in_locale)."""
        return sorted(in_locale(rows_of(self, "topics"), self.locale_id), key=lambda topic: topic.name)

    def get_structured_data(self, request):
        """schema.org DigitalDocument for the file in the page's language (else the first file)."""
        from downloads.filetypes import FILE_TYPES
        from home.structured_data import organisation

        data = {
            "@context": "https://schema.org",
            "@type": "DigitalDocument",
            "name": self.title,
            "inLanguage": self.locale.language_code,
            "publisher": organisation(request),
        }
        if self.meta_description:
            data["description"] = self.meta_description
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        if self.publication_date:
            data["datePublished"] = self.publication_date.isoformat()
        if self.licence_url:
            data["license"] = self.licence_url
        files = self.file_list()
        main = next(
            (f for f in files if f.language == self.locale.language_code), files[0] if files else None
        )
        if main is not None:
            data["url"] = request.build_absolute_uri(self.download_url(main))
            file_type = FILE_TYPES.get(main.document.file_extension.lower())
            if file_type:
                data["encodingFormat"] = file_type.content_type.split(";")[0]
            if main.document.file_size:
                data["contentSize"] = f"{main.document.file_size} B"
        return data

    def file_list(self) -> list:
        """The page's files with their documents, read once per request (the page and its JSON-LD both show them)."""
        if not hasattr(self, "_file_list"):
            self._file_list = rows_of(self, "files", "document")
        return self._file_list

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["files"] = self.file_list()
        # Links go to the projects and calls in this page's language: one query each for all of them, none where
        # the material links none.
        for field in ("related_projects", "related_calls"):
            context[field] = in_locale(links_of(self, field, live=True), self.locale_id)
        return context

    @path("download/<int:file_id>/", name="download")
    def download(self, request, file_id):
        from downloads.serving import serve_material_file

        return serve_material_file(request, self, file_id)

    def download_url(self, material_file) -> str:
        return self.url + self.reverse_subpage("download", args=[material_file.pk])


class MaterialFile(TranslatableMixin, Orderable):
    """One downloadable file of a material: a Wagtail document, the language it is written in, and whether it
    is the accessible version (e.g. a tagged PDF or plain-language edition)."""

    page = ParentalKey(LearningMaterialPage, on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )
    language = models.CharField(
        _("language of the file"), max_length=8, choices=settings.LANGUAGES, default="de"
    )
    is_accessible = models.BooleanField(
        _("accessible version"),
        default=False,
        help_text=_(
            "Tick if this file is made to be accessible (tagged PDF, plain language, screen reader)."
        ),
    )

    panels = [FieldPanel("document"), FieldPanel("language"), FieldPanel("is_accessible")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")

    def __str__(self):
        return f"{self.document} ({self.language})"

    @property
    def language_label(self):
        return settings.LANGUAGE_LABELS.get(self.language, self.language)


def restricted_page_ids(pages) -> set[int]:
    """Ids of the given pages that carry a login, group or password restriction (one query).

    Only restrictions set on the pages themselves are looked at: the index above them is public.
    """
    from wagtail.models import PageViewRestriction

    ids = [page.pk for page in pages]
    if not ids:
        return set()
    return set(PageViewRestriction.objects.filter(page_id__in=ids).values_list("page_id", flat=True))
