"""Nothing a user drops into the folder may crash the run: random bytes and random text."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.analyse import Job, analyse
from extractor.readers import ReadError, read

SUFFIXES = [".txt", ".md", ".html", ".eml", ".pdf", ".docx"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_are_read_or_refused_clearly(data, suffix):
    try:
        document = read(Path(f"random{suffix}"), data)
    except ReadError as error:
        assert str(error)
    else:
        assert document.text.strip()
        assert "\x00" not in document.text


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=800), language=st.sampled_from([None, "sv", "no", "en"]))
def test_random_text_is_analysed_without_errors(text, language):
    result = analyse([Job(text, language)])[0]
    for item in result.mentions + result.figures:
        assert 0 <= item.start <= item.end <= len(text)
