"""Dates: header values, bare first-line dates and utterance dates relative to publication."""
from __future__ import annotations

import pytest

from extract.dates import long_date, parse_date_value, utterance_date


@pytest.mark.parametrize("value, iso", [
    ("2024-03-16", "2024-03-16"),
    ("2024-03-16T10:00:00Z", "2024-03-16"),
    ("Friday, November 22, 2024", "2024-11-22"),
    ("22 November 2024", "2024-11-22"),
    ("Nov. 5, 2023", "2023-11-05"),
    ("", None),
    ("yesterday", None),
    ("2024-02-30", None),
])
def test_parse_date_value(value, iso):
    assert parse_date_value(value) == iso


def test_long_date_only_at_start():
    assert long_date("Friday, November 22, 2024") == "2024-11-22"
    assert long_date("Talks resumed on November 22, 2024") is None


@pytest.mark.parametrize("context, published, iso", [
    ("said on Wednesday", "2024-03-22", "2024-03-20"),   # Friday -> the Wednesday before
    ("said on Friday", "2024-03-22", "2024-03-22"),      # same weekday -> the same day
    ("told reporters Sunday", "2024-03-22", "2024-03-17"),
    ("said on 24 October", "2024-10-27", "2024-10-24"),
    ("said on October 24", "2024-10-27", "2024-10-24"),
    ("said on 24 December", "2024-10-27", "2023-12-24"),  # later in the year -> last year
    ("said on 3 March 2022", None, "2022-03-03"),
    ("said yesterday", "2024-01-02", "2024-01-01"),
    ("said on Wednesday", None, None),                    # unknown beats wrong
    ("said in a statement", "2024-01-02", None),
    ("said last Friday", "2024-03-22", "2024-03-15"),      # on a Friday: a week ago
    ("said last Thursday", "2024-03-22", None),           # yesterday or eight days ago?
    ("said last Tuesday", "2024-03-22", "2024-03-19"),
    ("said in the week to Sunday", "2024-03-22", None),   # bounds a period
    ("said since Monday", "2024-03-22", None),
    ("who attended the Thursday meeting told", "2024-03-22", None),  # names the meeting
])
def test_utterance_date(context, published, iso):
    assert utterance_date(context, published) == iso


def test_a_bounded_period_is_no_occasion():
    from extract.dates import occasion_date
    assert occasion_date(" in the week to Sunday", "2024-03-22") is None
    assert occasion_date(" in a statement on Sunday", "2024-03-22") == "2024-03-17"


def test_said_date_adverbs_and_names_before_the_date():
    from extract.dates import said_date
    pub = "2024-03-22"
    assert said_date("announced", " earlier Friday that", pub) == "2024-03-22"
    assert said_date("told", " Harbour This Week on Monday", pub) == "2024-03-18"  # a show's name
    assert said_date("told", " it was over on Monday", pub) is None


def test_said_date_past_a_person_the_verb_addresses():
    from extract.dates import said_date
    pub = "2024-03-22"
    # a titled name is one object, however many words it takes
    assert said_date("accused", " Israeli Defence Minister Avi Tal Friday of blocking", pub) == "2024-03-22"
    assert said_date("told", " reporters in the Oval Office Tuesday evening that", pub) == "2024-03-19"
    assert said_date("urged", " Foreign Minister Dana Reis on Monday to", pub) == "2024-03-18"
    # ... but what the person is accused of may carry its own date
    assert said_date("accused", " Israel of breaking the truce on Monday", pub) is None


def test_said_date_leaves_the_date_of_a_thing_named_after_the_verb():
    from extract.dates import said_date, utterance_date
    pub = "2024-03-22"
    assert said_date("called", " Mr Tolan's remarks on Saturday", pub) is None   # the remarks' date
    assert said_date("warned", " Mr Tolan's aides on Saturday", pub) == "2024-03-16"  # an audience
    assert said_date("condemned", " Friday's test as", pub) is None
    assert utterance_date("praised Thursday\u2019s protests", pub) is None
    assert said_date("plans", " to visit Cairo on Sunday", pub) is None          # an infinitive
    assert said_date("said", " to reporters on Sunday", pub) == "2024-03-17"     # an audience
    assert said_date("said", " to CNN on Sunday", pub) == "2024-03-17"


def test_said_before_an_event_is_not_dated_by_the_event():
    from extract.dates import said_date
    assert said_date("said", " before the vote on Saturday", "2024-03-22") is None
    assert said_date("said", " while visiting Cairo on Saturday", "2024-03-22") == "2024-03-16"
