"""Reading is fast for text the writer wrote, and as strict as ever for any other text."""

from __future__ import annotations

import pytest

import cadretrain as ct
from cadretrain.serialization import DocumentError, from_json, to_json
from cadretrain.serialization.codec import decode

from .samples import cohort


def test_a_repeated_key_in_compact_text_is_refused() -> None:
    text = to_json(cohort().trainees[0]).replace('"name":', '"name":"x","name":', 1)
    with pytest.raises(DocumentError, match=r"\$: repeats the key 'name'"):
        from_json(text, ct.Trainee)


def test_a_repeated_key_in_indented_text_is_refused() -> None:
    text = to_json(cohort().trainees[0], indent=True)
    text = text.replace('"name":', '"name": "x",\n  "name":', 1)
    with pytest.raises(DocumentError, match=r"repeats the key 'name'"):
        decode(text)


@pytest.mark.parametrize("indent", [False, True])
def test_written_text_reads_back_the_same_from_str_and_bytes(indent: bool) -> None:
    text = to_json(cohort(), indent=indent)
    assert decode(text) == decode(text.encode()) == ct.to_dict(cohort())
