"""Pseudonyms replace whole ids and every name, and nothing else."""

from __future__ import annotations

from cadretrain.report import Pseudonyms


def test_an_id_is_replaced_only_as_a_whole_word() -> None:
    names = Pseudonyms(ids={"t-1": "P0001", "t-10": "P0010"}, names={})
    assert (
        names.text("t-1, t-10 and t-100; trainees[t-1]")
        == "P0001, P0010 and t-100; trainees[P0001]"
    )


def test_names_are_replaced_inside_chinese_text() -> None:
    names = Pseudonyms(ids={}, names={"王芳": "学员0002", "王芳芳": "学员0003"})
    assert names.text("王芳芳与王芳未提交学习心得") == "学员0003与学员0002未提交学习心得"


def test_off_replaces_nothing() -> None:
    names = Pseudonyms()
    assert not names.active
    assert names.text("t-1 王芳") == "t-1 王芳"
    assert names.id("t-1") == "t-1"
