"""Filtering by related rows (categories, topics, themes, related projects, a page's child rows) without
duplicates."""


def linked_to(queryset, field: str, **lookups):
    """`queryset` narrowed to the objects with a related row in `field` that matches `lookups`: the linked object
    of a many-to-many field (`linked_to(news, "categories", slug="beratung")`), or a child row of a ParentalKey
    relation (`linked_to(projects, "theme_rows", theme__slug="wohnen")`). Written as `pk IN (related rows)` rather
    than a join: an object with two matching rows (both language versions of a category, two files in one
    language) is listed once, without a DISTINCT that sorted every column of every match (make bench: the news
    index filtered by its largest category took 70 ms to count and 49 ms for the page with DISTINCT, 42 and 2 ms
    this way)."""
    relation = queryset.model._meta.get_field(field)
    if relation.many_to_many:
        links = relation.remote_field.through.objects.filter(
            **{f"{relation.m2m_reverse_field_name()}__{name}": value for name, value in lookups.items()}
        )
        return queryset.filter(pk__in=links.values(relation.m2m_field_name()))
    rows = relation.related_model.objects.filter(**lookups)
    return queryset.filter(pk__in=rows.values(relation.field.attname))


def may_link_to(model, field: str, translation_key) -> bool:
    """Whether any `model` object links through the many-to-many `field` to a page with `translation_key` (in any
    language, live or not). False means certainly none, so a page can skip the query for them: most projects have
    no events or materials, and on a project page those two queries were a fifth of its time (make bench). The
    linked keys are one query per relation, kept in this process until the next publish (every link is saved by
    publishing the page that holds it)."""
    from home.page_cache import link_index

    relation = model._meta.get_field(field)

    def linked_keys():
        links = relation.remote_field.through.objects
        return frozenset(
            links.values_list(f"{relation.m2m_reverse_field_name()}__translation_key", flat=True).distinct()
        )

    return translation_key in link_index.get((model._meta.label_lower, field, "to"), linked_keys)


def may_have_links(instance, field: str) -> bool:
    """Whether `instance` has any object in its many-to-many `field` (tags included). False means certainly none,
    so a page can skip the query for them (most materials link no call). Kept like `may_link_to`."""
    from home.page_cache import link_index

    def linking_ids():
        through = instance._meta.get_field(field).remote_field.through
        # The link rows' key to objects like `instance`: "learningmaterialpage" of an automatic through table,
        # "content_object" of a tag's. Worked out only when the index is built, not on every call.
        own_key = next(
            key.name
            for key in through._meta.fields
            if key.is_relation and key.related_model is not None and isinstance(instance, key.related_model)
        )
        return frozenset(through.objects.values_list(own_key, flat=True).distinct())

    key = (instance._meta.label_lower, field, "from")
    return instance.pk in link_index.get(key, linking_ids)


def links_may_be_shown(instance, field: str) -> bool:
    """Whether `instance` may show links in `field`: a preview shows those in the editor, which are not saved
    yet; otherwise as `may_have_links`."""
    from home.page_rows import being_edited

    return being_edited(instance, field) or may_have_links(instance, field)


def links_of(instance, field: str, live: bool = False):
    """`instance`'s many-to-many `field` as a queryset (`live`: only live pages, for links to pages), or, where
    `may_have_links` says it has none, an empty one that neither asks a query nor compiles one
    (compiled_queries.known_empty). A preview's links are modelcluster's in-memory list, which has no `.live()`:
    they are narrowed here."""
    from home.compiled_queries import known_empty
    from home.page_rows import being_edited

    manager = getattr(instance, field)
    if not links_may_be_shown(instance, field):
        return known_empty(manager.all())
    if live and being_edited(instance, field):
        return [page for page in manager.all() if page.live]
    return manager.live() if live else manager.all()
