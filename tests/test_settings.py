from __future__ import annotations

import pytest

from invitriage import ConfigError
from invitriage.settings import SETTINGS, Settings, load_settings, render_settings


def write(tmp_path, text):
    p = tmp_path / "invitriage.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_defaults_when_no_file(monkeypatch, tmp_path):
    monkeypatch.delenv("INVITRIAGE_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    s = load_settings()
    assert (s.weekly_budget, s.language, s.threshold) == (7, "fr", 0.45)


def test_every_setting_has_a_default_and_help():
    for s in SETTINGS:
        assert s.help and s.name in Settings.__dataclass_fields__
        assert getattr(Settings(), s.name) == s.default


def test_a_full_file_reads_back(tmp_path):
    s = load_settings(write(tmp_path, 'owner_name = "Camille"\nweekly_budget = 3\nhelp_whom = ["students"]\n'
                                      '[actions]\nrecruiting = "accept"\n'))
    assert s.owner_name == "Camille" and s.weekly_budget == 3 and s.help_whom == ["students"]
    assert s.action_map()["recruiting"] == "accept" and s.action_map()["content"] == "reply"


@pytest.mark.parametrize(
    "text, message",
    [
        pytest.param('weekly_budget = "seven"', "weekly_budget must be a whole number >= 0, e.g. 7 (got 'seven')", id="budget-type"),
        pytest.param("weekly_budget = -1", "weekly_budget must be a whole number >= 0", id="budget-negative"),
        pytest.param('language = "ru"', "language must be one of fr, en, es, de, it, pt, nl", id="language"),
        pytest.param("threshold = 1.5", "threshold must be a number between 0 and 1", id="threshold"),
        pytest.param("weekly_budgett = 5", "unknown setting 'weekly_budgett'; did you mean 'weekly_budget'?", id="typo"),
        pytest.param('help_whom = "students", "x"', "not valid TOML", id="bad-toml"),
        pytest.param('help_whom = [1, 2]', "help_whom must be a list of strings", id="phrases"),
        pytest.param('[actions]\nrecruiting = "ignore"', "recruiting = 'ignore': action must be reply, accept or hold", id="action"),
        pytest.param('[actions]\nrecruter = "accept"', "unknown intent 'recruter'", id="intent"),
        pytest.param("minutes_per_reply = 0", "minutes_per_reply must be a number of minutes > 0", id="minutes"),
    ],
)
def test_validation_messages_say_how_to_fix(tmp_path, text, message):
    path = write(tmp_path, text + "\n")
    with pytest.raises(ConfigError) as exc:
        load_settings(path)
    assert message in str(exc.value) and str(path) in str(exc.value)


def test_explicit_missing_file_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="invitriage init"):
        load_settings(tmp_path / "nope.toml")


def test_rendered_file_is_commented_and_reads_back(tmp_path):
    text = render_settings({"owner_name": 'Camille "CL" Laurent', "offer": ["SEO", "ads"], "actions": {"scam": "accept"}})
    assert text.count("# ") >= len(SETTINGS)
    s = load_settings(write(tmp_path, text))
    assert s.owner_name == 'Camille "CL" Laurent' and s.offer == ["SEO", "ads"] and s.actions == {"scam": "accept"}


def test_bad_settings_via_cli_is_one_line_exit_2(run, tmp_path, basic_export):
    path = write(tmp_path, "weekly_budget = 'x'\n")
    run("import", str(basic_export))
    result = run("triage", "--config", str(path))
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0 and "weekly_budget must be" in result.output


def test_init_prefills_from_profile_and_refuses_to_overwrite(run, tmp_path, basic_export):
    run("import", str(basic_export))
    cfg = tmp_path / "cfg" / "invitriage.toml"
    result = run("init", "--config", str(cfg))
    assert result.exit_code == 0, result.output
    s = load_settings(cfg)
    assert s.owner_name == "Camille Laurent" and s.signature == "Camille"
    assert s.offer == ["Consultante en marketing digital"]
    again = run("init", "--config", str(cfg))
    assert again.exit_code == 2 and "already exists" in again.output
    assert run("init", "--config", str(cfg), "--force").exit_code == 0


def test_the_cli_threshold_default_is_the_judgments():
    from invitriage.cli.main import DEFAULT_THRESHOLD
    from invitriage.judge.classify import DEFAULT_THRESHOLD as JUDGE_DEFAULT

    assert DEFAULT_THRESHOLD == JUDGE_DEFAULT


@pytest.mark.parametrize(
    "text, message",
    [
        pytest.param('online = "yes"', "online must be true or false, without quotes (got 'yes')", id="online"),
        pytest.param("interns = 1", "interns must be true or false", id="interns"),
        pytest.param('mentoring = "true"', "mentoring must be true or false", id="mentoring"),
        pytest.param('work_languages = ["fr", "ru"]', 'work_languages must be a list of language codes among fr, en, es, de, it, pt, nl', id="work-languages"),
        pytest.param("work_languages = []", "work_languages must be a list of language codes", id="work-languages-empty"),
        pytest.param("regions = []", 'regions must be a list of places, e.g. ["France", "Switzerland"], or "anywhere"', id="regions-empty"),
        pytest.param("regions = [1]", "regions must be a list of places", id="regions-type"),
        pytest.param('regions = ["anywhere", "France"]', 'regions must be "anywhere" alone', id="regions-anywhere"),
        pytest.param('rates = "80 EUR/h"', 'rates must be "on_request"', id="rates"),
        pytest.param('onlin = true', "unknown setting 'onlin'; did you mean 'online'?", id="typo"),
    ],
)
def test_answer_facts_are_validated_with_one_line_naming_the_key(tmp_path, text, message):
    path = write(tmp_path, text + "\n")
    with pytest.raises(ConfigError) as exc:
        load_settings(path)
    assert message in str(exc.value) and "\n" not in str(exc.value), str(exc.value)


def test_answer_facts_read_back_and_are_unset_by_default(tmp_path):
    s = load_settings(write(tmp_path, 'online = true\nwork_languages = ["FR", "en", "fr"]\nregions = "anywhere"\ninterns = false\n'
                                      'mentoring = true\nrates = "on_request"\n'))
    assert (s.online, s.work_languages, s.regions, s.interns, s.mentoring, s.rates) == (True, ["fr", "en"], ["anywhere"], False, True, "on_request")
    d = Settings()
    assert (d.online, d.work_languages, d.regions, d.interns, d.mentoring, d.rates) == (None, [], [], None, None, "")


def test_init_documents_the_answer_facts_commented_out(tmp_path):
    text = render_settings({})
    for key in ("online", "work_languages", "regions", "interns", "mentoring", "rates"):
        assert f"\n# {key} = " in text, key
    path = write(tmp_path, text.replace("# online = true", "online = true"))
    assert load_settings(path).online is True and load_settings(path).interns is None
    filled = render_settings({"online": False, "regions": ["France", "Canada"]})
    s = load_settings(write(tmp_path, filled))
    assert s.online is False and s.regions == ["France", "Canada"]
