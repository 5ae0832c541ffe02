"""Access-time policies: windows include their start and exclude their end,
times are Malaysian (UTC+8), offsets are converted."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

import etika_check
from etika_check import TimeInputError
from etika_check.jsonapi import handle

MYT = timezone(timedelta(hours=8))


def allowed(when, policy="jkdm-2010", holidays=()):
    return etika_check.check_time(when, policy, holidays).access.allowed


# 2026-11-23 is a Monday, 2026-11-27 a Friday, 2026-11-28 a Saturday.
@pytest.mark.parametrize(
    "when,expected",
    [
        ("2026-11-23T12:59:59", False),
        ("2026-11-23T13:00", True),
        ("2026-11-23T13:59:59", True),
        ("2026-11-23T14:00", False),
        ("2026-11-23T17:29", False),
        ("2026-11-23T17:30", True),
        ("2026-11-24T07:29:59", True),
        ("2026-11-24T07:30", False),
        ("2026-11-27T12:14", False),
        ("2026-11-27T12:15", True),
        ("2026-11-27T14:44", True),
        ("2026-11-27T14:45", False),
        ("2026-11-27T13:00", True),
        ("2026-11-27T17:30", True),
        ("2026-11-28T07:00", True),
        ("2026-11-28T12:00", True),
        ("2026-11-29T23:59", True),
        # Before 07:30 is never working time ("5.30 petang hingga 7.30 pagi (keesokan hari)"):
        # Monday 03:00 after a Sunday is allowed like Wednesday 03:00; working time starts 07:30.
        ("2026-11-23T06:00", True),
        ("2026-11-23T03:00", True),
        ("2026-11-25T03:00", True),
        ("2026-11-23T07:29:59", True),
        ("2026-11-23T07:30", False),
    ],
)
def test_jkdm_windows(when, expected):
    assert allowed(when) is expected


def test_offsets_are_converted():
    # 05:30Z is 13:30 in Malaysia (allowed); 13:30Z is 21:30 (allowed); 02:00Z is 10:00 (not)
    assert allowed("2026-11-23T05:30:00Z") is True
    assert allowed("2026-11-23T02:00:00+00:00") is False
    assert allowed("2026-11-23T13:30:00+08:00") is True
    assert allowed(datetime(2026, 11, 23, 2, 0, tzinfo=UTC)) is False


def test_next_window_and_end():
    r = etika_check.check_time("2026-11-27T15:00", "jkdm-2010")
    assert r.access.next_window == datetime(2026, 11, 27, 17, 30, tzinfo=MYT)
    [f] = r.findings
    assert f.clauses == ("SOP-5",) and "Jumaat 27-11-2026 17:30" in f.message.ms
    assert "Friday 2026-11-27 17:30" in f.message.en
    r = etika_check.check_time("2026-11-27T18:00", "jkdm-2010")
    # Friday 17:30 -> Saturday, Sunday -> Monday 07:30, when the next working period starts
    assert r.access.window_ends == datetime(2026, 11, 30, 7, 30, tzinfo=MYT)


def test_weekend_window_ends_when_work_starts_and_is_not_merged_with_monday_lunch():
    r = etika_check.check_time("2026-11-28T10:00", "jkdm-2010")
    assert r.access.window_ends == datetime(2026, 11, 30, 7, 30, tzinfo=MYT)


def test_jkdm_morning_after_a_holiday_and_the_reading_is_stated():
    # Tuesday 24 November a holiday: Wednesday 03:00 after it is allowed until 07:30
    r = etika_check.check_time("2026-11-25T03:00", "jkdm-2010", ["2026-11-24"])
    assert r.access.allowed is True and r.access.window_ends == datetime(2026, 11, 25, 7, 30, tzinfo=MYT)
    r = etika_check.check_time("2026-11-24T10:00", "jkdm-2010", ["2026-11-24"])
    assert r.access.window_ends == datetime(2026, 11, 25, 7, 30, tzinfo=MYT)
    assert "7.30 pagi" in r.access.assumption.ms and "7.30 am" in r.access.assumption.en


def test_holidays():
    assert allowed("2026-12-24T10:00", holidays=["2026-12-25"]) is False
    assert allowed("2026-12-25T10:00", holidays=["2026-12-25"]) is True
    r = etika_check.check_time("2026-12-24T15:00", "jkdm-2010", ["2026-12-25"])
    assert r.access.next_window == datetime(2026, 12, 24, 17, 30, tzinfo=MYT)


@pytest.mark.parametrize(
    "when,expected",
    [
        ("2026-11-23T07:59", True),
        ("2026-11-23T08:00", False),
        ("2026-11-23T12:59", False),
        ("2026-11-23T13:00", True),
        ("2026-11-23T14:00", False),
        ("2026-11-23T17:00", True),
        ("2026-11-27T12:15", True),
        ("2026-11-27T14:45", False),
        ("2026-11-28T10:00", True),
    ],
)
def test_perlis_office_hours(when, expected):
    assert allowed(when, "perlis-2021") is expected


def test_perlis_states_its_assumption():
    r = etika_check.check_time("2026-11-23T10:00", "perlis-2021")
    assert "Andaian" in r.access.assumption.ms and "Assumption" in r.access.assumption.en
    assert r.findings[0].clauses == ("EB-ETIKA-3",)


@pytest.mark.parametrize("bad", ["", "esok", "2026-02-30T10:00", "10:61", "2026-11-23T10:00+25:00", "9" * 200])
def test_malformed_times(bad):
    if bad == "":  # empty means now, which is valid
        assert isinstance(allowed(bad), bool)
        return
    with pytest.raises(TimeInputError):
        etika_check.check_time(bad)


def test_malformed_holiday_and_unknown_policy():
    with pytest.raises(TimeInputError):
        etika_check.check_time("2026-11-23T10:00", holidays=["25-12-2026"])
    with pytest.raises(KeyError):
        etika_check.check_time("2026-11-23T10:00", "nope")


def test_default_is_now():
    r = etika_check.check_time()
    when = r.access.when
    assert when.utcoffset() == timedelta(hours=8)
    assert abs((when - datetime.now(MYT)).total_seconds()) < 60


# Near the calendar's limits (years 1 and 9999) a verdict still needs the days
# around the moment: outside the range that can be judged, the answer is a
# clear error in both languages, never an OverflowError.
@pytest.mark.parametrize(
    "when",
    [
        "0001-01-01",
        "0001-01-01T00:00",
        "0001-01-02T05:00+14:00",
        "9999-12-18",
        "9999-12-31T23:59",
        "9999-12-16T20:00:00-12:00",
    ],
)
def test_times_near_the_calendar_limits_are_clear_errors(when):
    with pytest.raises(TimeInputError) as info:
        etika_check.check_time(when)
    assert "2" in info.value.en and "julat" in info.value.ms and "range" in info.value.en
    out = handle({"tool": "time", "when": when})
    assert set(out) == {"error"} and "julat" in out["error"]["ms"] and "range" in out["error"]["en"]


@pytest.mark.parametrize(
    "when",
    [
        datetime(1, 1, 1, tzinfo=UTC),
        datetime(9999, 12, 31, 23, 0),
        datetime(1, 1, 1, 3, tzinfo=timezone(timedelta(hours=-5))),
    ],
)
def test_datetimes_near_the_calendar_limits_are_clear_errors(when):
    with pytest.raises(TimeInputError):
        etika_check.check_time(when)


def test_the_first_and_last_days_that_can_be_judged():
    from etika_check.access import FIRST_DAY, LAST_DAY

    for day in (FIRST_DAY, LAST_DAY):
        for hhmm in ("00:00", "13:30", "23:59"):
            r = etika_check.check_time(f"{day.isoformat()}T{hhmm}")
            assert isinstance(r.access.allowed, bool)
