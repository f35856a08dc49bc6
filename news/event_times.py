"""When an event takes place, in the reader's language and the venue's time zone (babel/CLDR; the locale choice
and plain dates come from home.formatting)."""

import datetime

from babel.dates import format_date, format_interval, format_time, get_timezone_location

from home.formatting import babel_locale


def event_when(event, language: str | None = None) -> str:
    """ "13.–16. Juni 2023" for all-day events; "20. März 2024, 10:00–16:00 (Irland (Ortszeit), UTC+0)" with times,
    always in the venue's time zone, which is named so online participants elsewhere can convert."""
    language = babel_locale(language)
    if event.is_all_day:
        if event.end_date and event.end_date != event.start_date:
            return format_interval(event.start_date, event.end_date, "yMMMMd", locale=language)
        return format_date(event.start_date, format="long", locale=language)
    start, end = event.start, event.end
    if start.date() == end.date():
        text = (
            f"{format_date(start.date(), format='long', locale=language)}, "
            f"{format_interval(start.time(), end.time(), 'Hm', locale=language)}"
        )
    else:
        text = (
            f"{format_date(start.date(), format='long', locale=language)}, {format_time(start.time(), 'HH:mm', locale=language)} – "
            f"{format_date(end.date(), format='long', locale=language)}, {format_time(end.time(), 'HH:mm', locale=language)}"
        )
    # The place's name, not babel's zone name: CLDR calls Irish winter time "summer time" (Ireland's negative DST).
    zone_name = get_timezone_location(event.zone, locale=language)
    return f"{text} ({zone_name}, {utc_offset(start)})"


def utc_offset(moment: datetime.datetime) -> str:
    minutes = int(moment.utcoffset().total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")
