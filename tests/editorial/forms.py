"""Read rendered admin HTML: a form the way a browser submits it (so tests post every field a page type has,
formsets and fields other features add included), and one dashboard panel."""

from html.parser import HTMLParser


class _FormReader(HTMLParser):
    def __init__(self, form_id: str):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.data: list[tuple[str, str]] = []
        self._textarea: str | None = None
        self._text = ""
        self._select: str | None = None
        self._select_value: str | None = None
        self._first_option: str | None = None
        self.streams: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id") == self.form_id:
            self.inside = True
        if not self.inside:
            return
        name = attrs.get("name")
        if tag == "div" and "w-block" in (attrs.get("data-controller") or "") and attrs.get("id"):
            # StreamFields are drawn by JavaScript; submit them as an empty stream like a browser with no blocks.
            self.streams.append(attrs["id"])
        if tag == "input" and name and "disabled" not in attrs:
            kind = attrs.get("type", "text")
            if kind in ("submit", "button", "file", "image", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.data.append((name, attrs.get("value", "on" if kind in ("checkbox", "radio") else "")))
        elif tag == "textarea" and name:
            self._textarea, self._text = name, ""
        elif tag == "select" and name:
            self._select, self._select_value, self._first_option = name, None, None
        elif tag == "option" and self._select:
            value = attrs.get("value", "")
            if self._first_option is None:
                self._first_option = value
            if "selected" in attrs:
                self._select_value = value

    def handle_data(self, data):
        if self._textarea is not None:
            self._text += data

    def handle_endtag(self, tag):
        if tag == "form" and self.inside:
            self.inside = False
        elif tag == "textarea" and self._textarea is not None:
            self.data.append((self._textarea, self._text.lstrip("\n")))
            self._textarea = None
        elif tag == "select" and self._select:
            value = self._select_value if self._select_value is not None else self._first_option
            if value is not None:
                self.data.append((self._select, value))
            self._select = None


def form_data(html: str, form_id: str = "w-editor-form") -> dict:
    """The fields of the form with this id as a dict for the test client (last value wins)."""
    reader = _FormReader(form_id)
    reader.feed(html)
    data = dict(reader.data)
    for stream in reader.streams:
        data.setdefault(f"{stream}-count", "0")
    return data


def panel(html: str, panel_id: str) -> str:
    """The HTML of one admin dashboard panel (`{% panel id=... %}` renders `<section id="<id>-section">`)."""
    start = html.find(f'id="{panel_id}-section"')
    if start == -1:
        return ""
    return html[start : html.find("</section>", start)]
