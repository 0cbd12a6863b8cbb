"""`secondchance review` on the command line: reports, options and exit codes."""

import json

import pytest

from conftest import make_case, run_cli
from review_phrases import GOOD
from secondchance.cli import Exit, cli
from secondchance.core.review import signals
from secondchance.core.review.draft import Draft


def test_cli_review_json_and_exit_codes(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    result = runner.invoke(cli, ["review", str(good), "--json"])
    assert result.exit_code == Exit.OK
    data = json.loads(result.output)
    assert data["verdict"] == "ready"
    assert set(data) == {
        "verdict",
        "score",
        "words",
        "message_type",
        "type_detected",
        "findings",
        "not_reviewed_from",
    }
    assert (data["message_type"], data["type_detected"]) == ("apology", True)

    flawed = "Dear Sam,\nSorry, my alarm didn't go off lol. Can we do Thursday at 3pm?\n"
    result = runner.invoke(cli, ["review", "-", "--json"], input=flawed)
    assert result.exit_code == Exit.FINDINGS
    found = {f["code"]: f for f in json.loads(result.output)["findings"]}
    assert {"BLAME", "UNPROFESSIONAL_TONE", "NOT_FLEXIBLE", "NO_OWNERSHIP"} <= found.keys()
    assert flawed[found["BLAME"]["start"] : found["BLAME"]["end"]] == "my alarm didn't go off"


def test_cli_review_text_report_gives_line_and_column(runner):
    result = runner.invoke(cli, ["review", "-"], input="Dear Sam,\nI am sorry lol.\n")
    assert "<stdin>:2:12: warning UNPROFESSIONAL_TONE" in result.output
    assert result.output.rstrip().splitlines()[-1].startswith("verdict: ")


def test_a_list_of_times_belongs_to_the_sentence_that_introduces_it(codes):
    text = (
        "I'm sorry, I need to move Wednesday. I could make any of these times:\n"
        "- Thursday at 10:00\n- Friday at 14:00\n1) Monday at 9:30\n\nI remain keen on the role."
    )
    parsed = Draft.parse(text, channel="linkedin").as_type("cancellation")
    assert len(parsed.sentences) == 3
    assert len(signals.proposed_slots(parsed)) == 3
    assert not signals.story_sentences(parsed)
    only = "Sorry, I must move it. I remain keen. The only times I can do are:\n- Thursday at 18:00"
    assert "NOT_FLEXIBLE" in codes(only, message_type="cancellation")


def test_cli_review_text_report_names_the_line_it_stopped_at(runner):
    reply = "Dear Sam,\nI am sorry, my mistake.\n\n-- \nSAM | ACME & CO\n"
    result = runner.invoke(cli, ["review", "-"], input=reply)
    assert "not reviewed: line 4 on" in result.output
    assert "UNPROFESSIONAL_TONE" not in result.output


def test_cli_review_subject_option_and_channel(runner):
    result = runner.invoke(cli, ["review", "-", "--subject", "", "--json"], input="Dear Sam.")
    assert "NO_SUBJECT" in {f["code"] for f in json.loads(result.output)["findings"]}
    result = runner.invoke(cli, ["review", "-", "--channel", "text", "--json"], input="Hi, sorry.")
    assert "SUBJECT_UNKNOWN" not in {f["code"] for f in json.loads(result.output)["findings"]}


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["review", "/no/such/file.txt"], None, "No such file"),
        (["review", "-"], b"\xff\xfe\xfa", "not valid UTF-8"),
        (["review", "-"], b"a" * 500_000, "larger than"),
        (["review", "-", "--threshold", "max_words=lots"], b"Hi", "must be a number"),
        (["review", "-", "--threshold", "colour=red"], b"Hi", "is not a threshold"),
        (["review", "-", "--channel", "fax"], b"Hi", "Invalid value"),
        (["review", "-", "--type", "poem"], b"Hi", "Invalid value"),
        (["review", "-"], b"", "the draft is empty"),
        (["review", "-"], b" \n\t\n", "the draft is empty"),
    ],
)
def test_cli_review_bad_input_exits_2(args, stdin, message):
    proc = run_cli(*args, stdin=stdin or b"")
    assert proc.returncode == Exit.BAD_INPUT
    assert message in proc.stderr.decode()
    assert b"Traceback" not in proc.stderr


def test_cli_review_for_a_stored_case_reads_its_names_as_names(runner, tmp_path):
    db = f"sqlite:///{tmp_path / 'cases.db'}"
    case = tmp_path / "case.json"
    people = make_case(candidate__name="Phạm Văn An", interviewer__name="Ty Yıldırım")
    case.write_text(json.dumps(people), encoding="utf-8")
    added = runner.invoke(cli, ["case", "add", "--case", str(case), "--db", db])
    assert added.exit_code == 0, added.output
    draft = (
        "Dear Ms Yıldırım,\n\nI am sorry I missed our interview; it was my mistake. Please"
        " thank Ty for the reminder. I remain keen on the role and would welcome another"
        " time.\n\nBest,\nPhạm Văn An\n"
    )

    def tone_findings(*extra):
        result = runner.invoke(cli, ["review", "-", "--json", *extra], input=draft)
        findings = json.loads(result.output)["findings"]
        return [f["excerpt"] for f in findings if f["code"] == "UNPROFESSIONAL_TONE"]

    assert tone_findings() == ["Ty"]
    assert tone_findings("--case", "1", "--db", db) == []
    # The same file `kit --case` takes names the same people, with nothing stored.
    assert tone_findings("--case", str(case)) == []


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ('{"candidate": {"name": "An"}}', "interviewer"),
        ("{not json", "JSON"),
    ],
)
def test_cli_review_with_a_case_file_that_is_not_a_case_says_why(runner, tmp_path, content, said):
    case = tmp_path / "case.json"
    case.write_text(content, encoding="utf-8")
    result = runner.invoke(cli, ["review", "-", "--case", str(case)], input="Sorry.")
    assert result.exit_code == Exit.BAD_INPUT
    assert said in result.output
    assert "Traceback" not in result.output


def test_cli_review_with_a_missing_case_file_says_so(runner, tmp_path):
    missing = tmp_path / "nowhere.json"
    result = runner.invoke(cli, ["review", "-", "--case", str(missing)], input="Sorry.")
    assert result.exit_code == Exit.BAD_INPUT
    assert "nowhere.json" in result.output


def test_cli_review_for_an_unknown_case_says_so(runner, tmp_path):
    db = f"sqlite:///{tmp_path / 'cases.db'}"
    result = runner.invoke(cli, ["review", "-", "--case", "7", "--db", db], input="Sorry.")
    assert result.exit_code == Exit.BAD_INPUT
    assert "7" in result.output
