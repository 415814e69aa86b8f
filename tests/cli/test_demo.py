"""``cadretrain demo``: a readable bilingual summary of a seed; bad usage exits 2."""

from __future__ import annotations

import subprocess
import sys

import pytest

from cadretrain.cli import main
from cadretrain.cli._text import width
from cadretrain.cli.demo import render_summary
from cadretrain.examples import ALL, jiangan_2015

KEY_FACTS = {
    "hunan-2019": ("省派驻村帮扶工作队示范培训班", "十八洞村", "望高村", "225", "湘西州(4)"),
    "yunnan-2019": (
        "云南农村干部学院",
        "148",
        "2019-09-23 – 2019-09-27",
        "心理健康",
        "文山州 → S01",
    ),
    "lichuan-2017": ("中南民族大学", "李利冰", "新田榜村", "利川市国税局", "田靖文"),
    "chinagold-2018": ("中国黄金集团有限公司", "梁家河村", "袁家村", "386"),
    "jiangan-2015": ("江安县委党校", "罗世俊", "50 / 50", "2015-08-11", "座牌制"),
}


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("key", list(ALL))
def test_demo_prints_the_seeds_key_facts(key: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "demo", key)
    assert code == 0
    assert out.splitlines()[0] == ALL[key]().programme.title
    for fact in KEY_FACTS[key]:
        assert fact in out, fact


def test_default_seed_is_jiangan(capsys: pytest.CaptureFixture[str]) -> None:
    _, default, _ = _run(capsys, "demo")
    _, named, _ = _run(capsys, "demo", "jiangan-2015")
    assert default == named
    assert "2015年贫困村干部扶贫培训班" in default


def test_default_language_is_both_chinese_first(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, "demo")
    assert "培训项目 Programme" in out
    assert "必修课 compulsory" in out


@pytest.mark.parametrize(
    ("lang", "present", "absent"),
    [("zh", "培训项目", "Programme"), ("en", "Programme", "培训项目")],
)
def test_lang_picks_one_language_for_labels(
    lang: str, present: str, absent: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, "demo", "--lang", lang)
    assert code == 0
    assert present in out
    assert absent not in out


@pytest.mark.parametrize(
    "argv",
    [["demo", "beijing-2020"], ["demo", "--lang", "fr"], [], ["evaluate-everything"]],
)
def test_bad_usage_exits_2_with_a_message(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert "error" in err


def test_bad_seed_message_lists_the_seeds(capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = _run(capsys, "demo", "beijing-2020")
    assert "beijing-2020" in err
    assert "jiangan-2015" in err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "demo", "--help")
    assert code == 0
    assert "hunan-2019" in out


def test_enrolment_counts_are_aligned_in_one_column() -> None:
    text = render_summary(jiangan_2015(), "both")
    lines = text.split("学员构成(按身份) Enrolment by role\n")[1].split("\n\n")[0].splitlines()
    rows = [line for line in lines[1:] if not line.startswith("  应覆盖单位")]
    ends = {width(line) for line in rows}
    assert len(rows) == 6
    assert len(ends) == 1
    assert rows[-1].split()[-1] == "75"


def test_render_is_pure_and_repeatable() -> None:
    seed = jiangan_2015()
    assert render_summary(seed, "en") == render_summary(seed, "en")


def test_python_dash_m_runs_the_demo() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cadretrain.cli", "demo", "yunnan-2019", "--lang", "en"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 0
    assert "148" in done.stdout


SHORT_NAMES = {
    "jiangan": "jiangan-2015",
    "hunan": "hunan-2019",
    "yunnan": "yunnan-2019",
    "lichuan": "lichuan-2017",
    "chinagold": "chinagold-2018",
}


def test_every_seed_has_a_short_name() -> None:
    assert sorted(SHORT_NAMES.values()) == sorted(ALL)


@pytest.mark.parametrize(("name", "key"), SHORT_NAMES.items())
def test_a_short_name_demos_the_same_seed_as_its_key(
    name: str, key: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, short, _ = _run(capsys, "demo", name, "--lang", "en")
    _, full, _ = _run(capsys, "demo", key, "--lang", "en")
    assert code == 0
    assert short == full


@pytest.mark.parametrize(("name", "key"), SHORT_NAMES.items())
def test_demo_seed_judges_every_cohort_in_a_subprocess(name: str, key: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cadretrain.cli", "demo", name, "--lang", "en"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Design check (default policy)" in out
    seed = ALL[key]()
    for cohort in seed.cohorts:
        assert cohort.id in out.split("Design check")[1]
    # each cohort's outcomes, with the trainees who did not complete and why
    assert out.count("Not completed, and why") == len(seed.cohorts)
    assert "completed" in out
    assert "excellent" in out
    for outcome in ("attendance only", "failed"):
        assert outcome in out, outcome


def test_a_seed_of_several_cohorts_lists_each_cohorts_outcomes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = _run(capsys, "demo", "hunan", "--lang", "en")
    assert "Evaluation of all 5 cohorts" in out
    for number in range(1, 6):
        assert f"Evaluation: hunan-2019-{number} " in out
    assert "hunan-2019-1  45 trainees  completed 41" in out
    assert "is above 1/7: withdrawn" in out


def test_help_lists_the_short_names(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "demo", "--help")
    assert code == 0
    for name in SHORT_NAMES:
        assert name in out
