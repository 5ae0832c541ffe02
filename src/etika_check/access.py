"""Access time: may an officer open social media at a given moment?

Policies are data (``data/policies.toml``). Every moment is judged in
Malaysian time (UTC+8, no daylight saving): an ISO 8601 time with an offset
is converted, one without is taken as Malaysian time. A window includes its
start and excludes its end.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from . import strings

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_HHMM = re.compile(r"(\+?)([01]\d|2[0-4]):([0-5]\d)\Z")
_SEARCH_DAYS = 15


class TimeInputError(ValueError):
    """A time or holiday that cannot be read, said in Malay and English.

    ``str(exc)`` is the English text; ``exc.ms`` and ``exc.en`` are both.
    """

    def __init__(self, ms: str, en: str):
        super().__init__(en)
        self.ms, self.en = ms, en

    @classmethod
    def of(cls, key: str, **values: Any) -> TimeInputError:
        """The error of *key* in the catalogue (data/strings.toml, section "time")."""
        return cls(*strings.pair(key, **values))

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.ms


# A verdict looks one day back and _SEARCH_DAYS days ahead of the moment, so
# moments are accepted from FIRST_DAY to LAST_DAY (Malaysian time): the first
# and last days that Python's calendar (years 1 to 9999) can judge.
FIRST_DAY = date.min + timedelta(days=1)
LAST_DAY = date.max - timedelta(days=_SEARCH_DAYS)


def _out_of_range(value: object) -> TimeInputError:
    return TimeInputError.of(
        "time.out_of_range", first=FIRST_DAY.isoformat(), last=LAST_DAY.isoformat(), value=repr(value)
    )


def in_malaysia(moment: datetime, tz: timezone, value: object) -> datetime:
    """``moment`` as Malaysian time (naive means Malaysian already), or
    :class:`TimeInputError` when it lies outside FIRST_DAY..LAST_DAY."""
    try:
        local = moment.replace(tzinfo=tz) if moment.tzinfo is None else moment.astimezone(tz)
    except OverflowError:  # the offset pushes it past year 1 or year 9999
        raise _out_of_range(value) from None
    if not FIRST_DAY <= local.date() <= LAST_DAY:
        raise _out_of_range(value)
    return local


@dataclass(frozen=True, slots=True)
class Verdict:
    when: datetime  # in Malaysian time
    allowed: bool
    until: datetime | None  # end of the current allowed window
    next_start: datetime | None  # start of the next allowed window


def malaysia_tz(offset_hours: int = 8) -> timezone:
    return timezone(timedelta(hours=offset_hours), "MYT")


def parse_when(value: str | None, tz: timezone, now: datetime | None = None) -> datetime:
    """Read an ISO 8601 date-time (or "HH:MM" for today) as Malaysian time."""
    if value is None or value.strip() == "" or value.strip().lower() == "now":
        return in_malaysia(now or datetime.now(tz), tz, "now")
    text = value.strip()
    if len(text) > 64:
        raise TimeInputError.of("time.too_long")
    if re.fullmatch(r"\d{1,2}:\d{2}", text):
        h, m = (int(x) for x in text.split(":"))
        if h > 23 or m > 59:
            raise TimeInputError.of("time.not_time_of_day", value=repr(value))
        today = in_malaysia(now or datetime.now(tz), tz, "now").date()
        return datetime.combine(today, time(h, m), tz)
    try:
        parsed = datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        raise TimeInputError.of("time.not_iso", value=repr(value)) from None
    return in_malaysia(parsed, tz, value)


def parse_holidays(values: Iterable[str]) -> frozenset[date]:
    out = set()
    for v in values:
        try:
            out.add(date.fromisoformat(v.strip()))
        except (ValueError, AttributeError):
            raise TimeInputError.of("time.not_date", value=repr(v)) from None
    return frozenset(out)


def _hhmm(value: Any, where: str) -> tuple[bool, int]:
    m = _HHMM.match(value) if isinstance(value, str) else None
    if not m or (m.group(2) == "24" and m.group(3) != "00"):
        raise ValueError(f"{where}: '{value}' is not HH:MM (or +HH:MM for the next day)")
    return bool(m.group(1)), int(m.group(2)) * 60 + int(m.group(3))


@dataclass(frozen=True, slots=True)
class Policy:
    id: str
    mode: str  # "allow" or "deny"
    working_days: frozenset[str]
    windows: Mapping[str, tuple[tuple[int, int], ...]]  # minutes from the day's midnight
    raw: Mapping[str, Any]
    # A day that is not a working day (a weekend day or a holiday) counts as
    # outside working hours from its midnight until this many minutes after it
    # (key ``non_working_until``; default "+00:00", the next midnight). JKDM:
    # "+07:30", because before 07:30 is never working time.
    non_working_end: int = 24 * 60
    # Whose public holidays are days off (key ``holiday_state``): a state of
    # Malaysia (its name or code, as the ``holidays`` package knows it), or
    # "officer" for the state the officer names (with none, the national list).
    holiday_state: str | None = None

    @classmethod
    def from_data(cls, pid: str, data: Mapping[str, Any]) -> Policy:
        where = f"data/policies.toml: policy '{pid}'"
        mode = data.get("mode")
        if mode not in ("allow", "deny"):
            raise ValueError(f"{where}: key 'mode': must be 'allow' or 'deny'")
        days = data.get("working_days", [])
        if not isinstance(days, list) or any(d not in DAYS for d in days):
            raise ValueError(f"{where}: key 'working_days': days are {', '.join(DAYS)}")
        windows: dict[str, tuple[tuple[int, int], ...]] = {}
        for day, spans in data.get("windows", {}).items():
            if day not in DAYS:
                raise ValueError(f"{where}: key 'windows.{day}': not a day ({', '.join(DAYS)})")
            out = []
            for span in spans:
                if not isinstance(span, list) or len(span) != 2:
                    raise ValueError(f"{where}: key 'windows.{day}': each window is [start, end]")
                _, start = _hhmm(span[0], f"{where}: key 'windows.{day}'")
                next_day, end = _hhmm(span[1], f"{where}: key 'windows.{day}'")
                end += 24 * 60 if next_day else 0
                if end <= start:
                    raise ValueError(f"{where}: key 'windows.{day}': window {span} ends before it starts")
                out.append((start, end))
            windows[day] = tuple(out)
        non_working_end = 24 * 60
        if "non_working_until" in data:
            next_day, minutes = _hhmm(data["non_working_until"], f"{where}: key 'non_working_until'")
            non_working_end = minutes + (24 * 60 if next_day else 0)
            if non_working_end < 24 * 60:
                raise ValueError(f"{where}: key 'non_working_until': must be the next day (+HH:MM)")
        state = data.get("holiday_state")
        if state is not None and state != "officer" and state_code(state) is None:
            raise ValueError(f"{where}: key 'holiday_state': not a state of Malaysia: {state!r}")
        return cls(pid, mode, frozenset(days), windows, data, non_working_end, state)

    def state_for(self, officer_state: str | None) -> str | None:
        """The state whose public holidays apply (a code), or None: the national list."""
        if self.holiday_state == "officer":
            return state_code(officer_state) if officer_state else None
        return state_code(self.holiday_state) if self.holiday_state else None

    def _intervals(
        self, first: date, days: int, holidays: frozenset[date], tz: timezone
    ) -> list[tuple[datetime, datetime]]:
        """Allowed intervals over ``days`` days from ``first``, merged and sorted."""
        out: list[tuple[datetime, datetime]] = []
        for k in range(days):
            d = first + timedelta(days=k)
            midnight = datetime.combine(d, time(0), tz)
            day = DAYS[d.weekday()]
            working = day in self.working_days and d not in holidays
            spans = (
                [
                    (midnight + timedelta(minutes=a), midnight + timedelta(minutes=b))
                    for a, b in self.windows.get(day, ())
                ]
                if working
                else []
            )
            if not working:
                out.append((midnight, midnight + timedelta(minutes=self.non_working_end)))
            elif self.mode == "allow":
                out.extend(spans)
            else:
                cursor = midnight
                for a, b in sorted(spans):
                    if a > cursor:
                        out.append((cursor, a))
                    cursor = max(cursor, b)
                if cursor < midnight + timedelta(days=1):
                    out.append((cursor, midnight + timedelta(days=1)))
        out.sort()
        merged: list[tuple[datetime, datetime]] = []
        for a, b in out:
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        return merged

    def judge(self, when: datetime, holidays: frozenset[date], tz: timezone, state: str | None = None) -> Verdict:
        """``holidays``: extra days off; the public holidays of ``state`` (a code
        from :meth:`state_for`; None: the national list) are added."""
        first = when.date() - timedelta(days=1)
        last = first + timedelta(days=_SEARCH_DAYS)
        holidays = holidays | public_holidays(first, last, state)
        intervals = self._intervals(first, _SEARCH_DAYS, holidays, tz)
        for a, b in intervals:
            if a <= when < b:
                return Verdict(when, True, b, None)
            if a > when:
                return Verdict(when, False, None, a)
        return Verdict(when, False, None, None)


# ---- Public holidays (the ``holidays`` package: Malaysia, its states) --------
# One calendar per state (and the national list) and language, made together
# the first time one is asked for: each reads its translations from the
# package's files when it is made, and a calendar once made computes any year
# from its own code (the browser's memory snapshot is taken after one time
# check, so it holds them all and never needs the files again).
_CALENDARS: dict[tuple[str | None, str], Any] = {}
_MALAYSIA = "holidays.countries.malaysia"


def _malaysia() -> Any:
    """``holidays``' calendar class of Malaysia, its module imported alone.

    ``from holidays.countries.malaysia import Malaysia`` first runs
    ``holidays/countries/__init__.py``, which imports every country (about 250
    modules): the browser's memory snapshot held them all (issue 23). The
    module is loaded from its file under its own name instead; a later import
    of ``holidays.countries`` finds it in ``sys.modules``.
    """
    loaded = sys.modules.get(_MALAYSIA)
    if loaded is not None:
        return loaded.Malaysia
    import holidays

    spec = importlib.util.spec_from_file_location(
        _MALAYSIA, os.path.join(holidays.__path__[0], "countries", "malaysia.py")
    )
    if spec is None or spec.loader is None:  # not a plain package on disk: the ordinary import
        from holidays.countries.malaysia import Malaysia

        return Malaysia
    module = importlib.util.module_from_spec(spec)
    sys.modules[_MALAYSIA] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[_MALAYSIA]
        raise
    return module.Malaysia


def _calendars() -> dict[tuple[str | None, str], Any]:
    if not _CALENDARS:
        Malaysia = _malaysia()

        for code in (None, *Malaysia.subdivisions):
            for lang, language in (("ms", "ms_MY"), ("en", "en_US")):
                _CALENDARS[code, lang] = Malaysia(subdiv=code, language=language)
    return _CALENDARS


def states() -> list[tuple[str, str]]:
    """(code, name) of every state and federal territory of Malaysia."""
    Malaysia = _malaysia()

    names = {code: name for name, code in Malaysia.subdivisions_aliases.items() if len(name) > 3}
    return [(code, names.get(code, code)) for code in Malaysia.subdivisions]


def state_code(value: str | None) -> str | None:
    """A state's code from its code or name (any case), or None if it is not one."""
    if not isinstance(value, str) or not value.strip():
        return None
    Malaysia = _malaysia()

    v = value.strip()
    if v in Malaysia.subdivisions:
        return v
    for name, code in Malaysia.subdivisions_aliases.items():
        if name.casefold() == v.casefold():
            return code
    return None


def public_holidays(first: date, last: date, state: str | None) -> frozenset[date]:
    """The public holidays from ``first`` to ``last`` (inclusive) of ``state`` (a code; None: national)."""
    cal = _calendars()[state, "ms"]
    out = set()
    d = first
    while d <= last:
        if d in cal:
            out.add(d)
        d += timedelta(days=1)
    return frozenset(out)


def holiday_name(day: date, state: str | None) -> dict[str, str] | None:
    """The public holiday on ``day`` in Malay and English, or None."""
    cals = _calendars()
    ms, en = cals[state, "ms"].get(day), cals[state, "en"].get(day)
    return {"ms": ms, "en": en} if ms and en else None


#: the names of the days, lang -> DAYS name -> text (data/strings.toml, section "weekday")
_WEEKDAY = strings.section("weekday")


def format_time(dt: datetime | None, lang: str) -> str:
    """ "Isnin 23-11-2026 13:00" / "Monday 2026-11-23 13:00" (data/strings.toml, time.moment)."""
    if dt is None:
        return "-"
    lang = "en" if lang == "en" else "ms"
    # the year always in four digits: strftime's %Y gives "1" for year 1 on glibc
    return strings.text(
        "time.moment",
        lang,
        day=_WEEKDAY[lang][DAYS[dt.weekday()]],
        yyyy=f"{dt.year:04d}",
        mm=f"{dt.month:02d}",
        dd=f"{dt.day:02d}",
        hh=f"{dt.hour:02d}",
        mi=f"{dt.minute:02d}",
    )
