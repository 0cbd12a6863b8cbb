import json
import subprocess
import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import review_phrases as phrases
from conftest import FIXED_NOW, run_cli
from corpus import load_corpus
from eval_review import evaluate
from secondchance.cli import Exit, cli
from secondchance.core.compose import REVIEW_TYPE, compose_kit
from secondchance.core.message_types import MESSAGE_TYPES, REQUIRED
from secondchance.core.reasons import get_reason
from secondchance.core.review import PUBLIC_CODES, RULES, ReviewSettings, Severity, review, signals
from secondchance.core.review import lexicon as lx
from secondchance.core.review.action import _has_enthusiasm, _offers_new_time
from secondchance.core.review.detect import detect_type
from secondchance.core.review.draft import Draft
from test_compose import MATRIX, validate

BY_CODE = {rule.code: rule for rule in RULES}


def codes(text, **kwargs):
    return {f.code for f in review(text, **kwargs).findings}


# --- Rules as data -------------------------------------------------------------------------


def test_public_codes_all_exist_and_codes_are_unique():
    assert set(PUBLIC_CODES) <= BY_CODE.keys()
    assert len(BY_CODE) == len(RULES)


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_every_rule_carries_examples_and_a_source(rule):
    assert rule.examples_fail and rule.examples_pass
    assert rule.source and rule.message


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_rule_examples(rule):
    for text in rule.examples_fail:
        assert list(rule.check(Draft.parse(text))), f"{rule.code} missed {text!r}"
    for text in rule.examples_pass:
        found = list(rule.check(Draft.parse(text)))
        assert not found, f"{rule.code} false positive on {text!r}: {found}"


# --- The required elements: false negatives and false positives ----------------------------


def draft(text):
    return Draft.parse(text)


@pytest.mark.parametrize("text", phrases.APOLOGY)
def test_apology_phrasings_count(text):
    assert signals.apologies(draft(text))


@pytest.mark.parametrize("text", phrases.NOT_APOLOGY)
def test_hollow_apologies_do_not_count(text):
    assert not signals.apologies(draft(text))


@pytest.mark.parametrize("text", phrases.OWNERSHIP)
def test_ownership_phrasings_count(text):
    assert signals.ownership(draft(text))


@pytest.mark.parametrize("text", phrases.NOT_OWNERSHIP)
def test_deflections_are_not_ownership(text):
    assert not signals.ownership(draft(text))


@pytest.mark.parametrize("text", phrases.RESCHEDULE)
def test_reschedule_phrasings_count(text):
    assert _offers_new_time(draft(text))


@pytest.mark.parametrize("text", phrases.NOT_RESCHEDULE)
def test_non_requests_are_not_reschedule(text):
    assert not _offers_new_time(draft(text))


@pytest.mark.parametrize("text", phrases.BLAME)
def test_blame_is_found_whoever_the_agent_is(text):
    assert "BLAME" in codes(text)


@pytest.mark.parametrize("text", phrases.NOT_BLAME)
def test_owned_causes_and_emergencies_are_not_blame(text):
    assert "BLAME" not in codes(text)


@pytest.mark.parametrize("text", phrases.FRUSTRATION)
def test_quiet_venting_and_pressure_are_frustration(text):
    assert "FRUSTRATION" in codes(phrases.OWNED_OPENING + text)


@pytest.mark.parametrize("text", phrases.NOT_FRUSTRATION)
def test_empathy_and_self_reproach_are_not_frustration(text):
    assert "FRUSTRATION" not in codes(phrases.OWNED_OPENING + text)


@pytest.mark.parametrize("text", phrases.RIGID)
def test_narrow_terms_are_not_flexible(text):
    assert "NOT_FLEXIBLE" in codes(
        phrases.OWNED_OPENING.replace(" and can meet any time that suits you", "") + text
    )


@pytest.mark.parametrize("text", phrases.NOT_RIGID)
def test_open_terms_are_flexible(text):
    assert "NOT_FLEXIBLE" not in codes(phrases.OWNED_OPENING + text)


@pytest.mark.parametrize(("code", "raised", "text"), phrases.CODE_CASES)
def test_tone_red_flags_placeholders_and_story_on_whole_drafts(code, raised, text):
    assert (code in codes(text)) is raised


@pytest.mark.parametrize("text", phrases.DECLINE_REPLIES)
def test_decline_replies_are_detected_and_held_to_nothing_but_grace(text):
    result = review(text)
    assert (result.message_type, result.verdict) == ("decline_reply", "ready"), result.findings


@pytest.mark.parametrize(("kind", "text"), phrases.TYPED_DRAFTS)
def test_the_type_is_worked_out_from_the_draft(kind, text):
    assert review(text).message_type == kind


@pytest.mark.parametrize("text", phrases.ENTHUSIASM)
def test_enthusiasm_phrasings_count(text):
    assert _has_enthusiasm(draft(text))


@pytest.mark.parametrize("text", phrases.NOT_ENTHUSIASM)
def test_non_enthusiasm_does_not_count(text):
    assert not _has_enthusiasm(draft(text))


@pytest.mark.parametrize("text", phrases.CLEAN_SENTENCES)
def test_clean_sentences_raise_no_problem_findings(text):
    wanted = {"NO_APOLOGY", "NO_OWNERSHIP", "NO_RESCHEDULE", "NO_ENTHUSIASM"}
    found = {f.code for f in review(text).findings if f.severity is not Severity.INFO}
    assert not found - wanted, found


# --- The corpus ----------------------------------------------------------------------------


@pytest.mark.parametrize("split", ["dev", "test"])
def test_each_split_covers_every_code_type_and_channel(split):
    drafts = load_corpus(split)
    for code in PUBLIC_CODES:
        assert sum(code in d.codes for d in drafts) >= 2, code
    for kind in MESSAGE_TYPES:
        assert sum(d.type == kind for d in drafts) >= 6, kind
    assert sum(not d.codes for d in drafts) >= 20
    assert {d.channel for d in drafts} == {"email", "linkedin", "text"}


def test_corpus_is_large_with_a_frozen_test_split_and_unique_ids():
    dev, test, outside = load_corpus("dev"), load_corpus("test"), load_corpus("outside")
    assert len(dev) + len(test) >= 400 and len(test) >= 120 and len(outside) >= 100
    ids = [d.id for d in (*dev, *test, *outside)]
    assert len(ids) == len(set(ids))
    texts = [" ".join(d.text.split()) for d in (*dev, *test, *outside)]
    assert len(texts) == len(set(texts)), "a draft appears twice"


def test_element_labels_quote_the_draft_and_name_known_elements():
    for labelled in (*load_corpus("dev"), *load_corpus("test")):
        flat = " ".join(labelled.text.split())
        for element, excerpts in labelled.elements.items():
            assert element in {"apology", "ownership", "reschedule", "enthusiasm"}, labelled.id
            for excerpt in excerpts:
                assert " ".join(excerpt.split()) in flat, (labelled.id, excerpt)


def test_the_reviewer_keeps_its_figures_on_the_splits():
    # Floors a little under the figures recorded when the rules last changed: a regression
    # guard, not a target. The test split is never tuned to (see drafts-test.txt).
    floors = {"dev": (0.97, 0.96, 0.97), "d3": (0.93, 0.87, 0.93), "test": (0.90, 0.93, 0.93)}
    for split, (precision, recall, verdicts) in floors.items():
        whole = evaluate(split)["all"]
        assert whole.precision >= precision, (split, whole.precision)
        assert whole.recall >= recall, (split, whole.recall)
        assert whole.accuracy >= verdicts, (split, whole.accuracy)


def test_every_lexeme_family_is_used_by_a_rule_and_met_in_an_example():
    from pathlib import Path

    package = Path(lx.__file__).parent
    users = "".join(
        path.read_text(encoding="utf-8") for path in package.glob("*.py") if path.stem != "lexicon"
    )
    names = {value: name for name, value in vars(lx).items() if isinstance(value, lx.Lexeme)}
    examples = [
        *(d.text for split in ("dev", "d3") for d in load_corpus(split)),
        *(text for rule in RULES for text in (*rule.examples_fail, *rule.examples_pass)),
        *(
            text
            for name in dir(phrases)
            if name.isupper()
            for text in _texts(getattr(phrases, name))
        ),
    ]
    corpus = [Draft.parse(text) for text in examples]
    for lexeme in lx.LEXEMES:
        name = names.get(lexeme)
        reached = (name and f"lx.{name}" in users) or _reached_through_a_table(lexeme, users)
        assert reached, f"{lexeme.name} is never read by a rule"
        assert any(draft.has(lexeme) for draft in corpus), f"{lexeme.name} matches no example"


def _texts(value):
    """The texts in a phrase list: plain strings, or (code, raised, text) cases."""
    if isinstance(value, str):
        return [value]
    return [item[-1] if isinstance(item, tuple) else item for item in value]


def _reached_through_a_table(lexeme, users):
    tables = {
        "CAUSE_KINDS": lx.CAUSE_KINDS.values(),
        "CONTRADICTIONS": [x for pair in lx.CONTRADICTIONS for x in pair],
        "BLUNT_REASONS": lx.BLUNT_REASONS.values(),
        "TYPE_CUES": lx.TYPE_CUES.values(),
    }
    tables |= {
        name: value.parts
        for name, value in vars(lx).items()
        if isinstance(value, lx.Lexeme) and value.parts
    }
    return any(lexeme in members and f"lx.{table}" in users for table, members in tables.items())


REALISTIC = [
    data
    for data in MATRIX
    if "{" not in data["candidate"]["name"] and not data["candidate"]["name"].isupper()
]


@pytest.mark.parametrize("data", REALISTIC[::3])
def test_every_generated_message_reviews_ready_under_its_own_type(data):
    kit = compose_kit(validate(data), FIXED_NOW)
    for message_id, message in kit.messages.items():
        if message_id not in REVIEW_TYPE:
            continue  # the call script is a speaking outline, not a message
        channel = "email" if message.channel == "email" else "text"
        kind = REVIEW_TYPE[message_id]
        result = review(message.full_text, channel, message.subject, message_type=kind)
        problems = [(f.code, f.excerpt) for f in result.findings if f.severity is not Severity.INFO]
        assert result.verdict == "ready" and not problems, (message_id, problems)


# --- Verdict, score, subject and offsets ---------------------------------------------------

GOOD = (
    "Subject: Apologies for missing our interview – Lee Park\n\n"
    "Dear Sam,\n\nI am sorry I missed our interview; the mistake was mine. I remain keen on the"
    " role and would welcome another time that suits you.\n\nKind regards,\nLee Park\n"
)


def test_a_good_draft_is_ready_with_a_high_score():
    result = review(GOOD)
    assert result.verdict == "ready" and result.score >= 90
    assert all(f.severity is Severity.INFO for f in result.findings)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Dear Sam, I missed our interview, my mistake. I remain keen on the role. Could we"
            " find another time that suits you?",
            "rewrite",
        ),  # NO_APOLOGY alone
        (
            "Dear Sam, I am sorry I missed it. Could we find another time that suits you? I"
            " remain keen on the role.",
            "revise",
        ),  # NO_OWNERSHIP alone
        (
            "Dear Sam, I am sorry. My alarm didn't go off. I remain keen on the role. Another"
            " time that suits you?",
            "rewrite",
        ),  # BLAME with NO_OWNERSHIP
        ("Dear Sam, I am sorry, my mistake.", "revise"),  # two codes
    ],
)
def test_verdict_follows_the_rules(text, verdict):
    assert review(text).verdict == verdict


def test_info_notes_never_change_the_verdict():
    result = review(GOOD.replace("Subject: Apologies for missing our interview – Lee Park\n\n", ""))
    assert {f.code for f in result.findings} == {"SUBJECT_UNKNOWN"}
    assert result.verdict == "ready"


def test_score_bands_match_verdicts():
    for draft_ in load_corpus():
        result = review(draft_.text, channel=draft_.channel)
        low, high = {"ready": (90, 100), "revise": (50, 89), "rewrite": (0, 49)}[result.verdict]
        assert low <= result.score <= high


def test_subject_line_is_split_off_and_an_apology_there_does_not_count():
    text = "Subject: Sorry for missing our interview\n\nDear Sam, the interview slipped. Best."
    assert "NO_APOLOGY" in codes(text)


def test_blank_subject_is_flagged_but_a_missing_one_only_noted():
    assert "NO_SUBJECT" in codes("Subject:\n\nDear Sam, I am sorry.")
    assert "NO_SUBJECT" in codes("Dear Sam, I am sorry.", subject="")
    assert "NO_SUBJECT" not in codes("Dear Sam, I am sorry.")
    assert "SUBJECT_UNKNOWN" in codes("Dear Sam, I am sorry.")
    assert "SUBJECT_UNKNOWN" not in codes("Dear Sam, I am sorry.", channel="linkedin")


def test_offsets_index_the_text_exactly_as_given():
    text = (
        "Subject: Hi\r\n\r\nDear Sam,\r\n\u201cSorry\u201d lol \u2014 my alarm didn\u2019t go off!!"
    )
    for finding in review(text).findings:
        assert finding.excerpt == text[finding.start : finding.end][:200]
    blame = next(f for f in review(text).findings if f.code == "BLAME")
    assert text[blame.start : blame.end].startswith("my alarm didn\u2019t")


NON_ASCII_NAMES = ["Novák", "Nguyễn Văn An", "Yıldırım", "Łukasiewicz", "Ørsted", "Ngô Bảo Châu"]


@pytest.mark.parametrize("name", NON_ASCII_NAMES)
def test_a_non_ascii_name_is_never_split_into_texting_letters(name):
    draft = (
        f"Dear {name},\n\nI am sorry I missed our interview this morning; that was my mistake."
        " I attached my résumé again. Could we find another time that suits you? I am still"
        f" keen on the role.\n\nKind regards,\n{name}"
    )
    assert "UNPROFESSIONAL_TONE" not in {f.code for f in review(draft).findings}


@given(st.text(alphabet=st.characters(min_codepoint=0xC0, categories=["Lu", "Ll"]), min_size=1))
def test_no_run_of_non_ascii_letters_reads_as_texting(word):
    tone = [f for f in review(f"I am sorry, {word}.").findings if f.code == "UNPROFESSIONAL_TONE"]
    assert not tone, word


DECLINE_WITH_HISTORY = (
    "Hi Dana,\n\nThank you for letting me know; I understand. I wish you and the team all the"
    " best.\n\nBest,\nSam\n\n"
)


@pytest.mark.parametrize(
    "history",
    [
        "On Tue, 1 Dec 2026 at 09:14, Dana Whitfield <dana@acme.com> wrote:\n> Hi Sam,\n>"
        " We were frustrated that nobody called, so we will not reschedule.\n",
        "On Tue, 1 Dec 2026 at 09:14, Dana Whitfield <\ndana@acme.com> wrote:\n\n> Nobody"
        " called. Frustrating.\n",
        "-----Original Message-----\nFrom: Dana\nSent: Tuesday\n\nWe were frustrated that"
        " nobody called.\n",
        "________________________________\nFrom: Dana <dana@acme.com>\nSent: Tuesday\nWe were"
        " frustrated that nobody called.\n",
        "> We were frustrated that nobody called.\n>\n> Dana\n",
        "-- \nSam Carter | Head of FRUSTRATION Testing & Co\n",
    ],
)
def test_pasted_reply_history_and_signature_are_not_reviewed(history):
    text = DECLINE_WITH_HISTORY + history
    result = review(text, message_type="decline_reply")
    assert {f.code for f in result.findings} == {"SUBJECT_UNKNOWN"}, result.findings
    assert result.words == review(DECLINE_WITH_HISTORY, message_type="decline_reply").words


def test_a_legal_footer_is_not_reviewed_but_the_message_above_it_is():
    footer = (
        "\n\nCONFIDENTIALITY NOTICE: This email is confidential and intended solely for the"
        " addressee. If you received it in error, please notify the sender."
    )
    assert codes(GOOD + footer) == set()
    assert "NO_APOLOGY" in codes(GOOD.replace("I am sorry I missed", "I missed") + footer)


def test_quoted_text_alone_is_still_read_and_text_below_a_quote_is_kept():
    quoted_only = "> Dear Sam, I missed our interview. Another time?\n"
    assert "NO_APOLOGY" in codes(quoted_only, channel="linkedin")
    bottom_posted = "> Can you still make it?\n\nSorry, I missed it. My mistake. Another time?"
    assert "NO_APOLOGY" not in codes(bottom_posted, channel="linkedin")


def test_an_ampersand_in_a_name_is_not_texting_but_r_for_are_is():
    assert "UNPROFESSIONAL_TONE" not in codes(GOOD + "Carter & Co | R&D\n")
    assert "UNPROFESSIONAL_TONE" in codes(GOOD + "r u free?\n")


@pytest.mark.parametrize("reason_id", ["overslept", "forgot"])
def test_blunt_reason_suggests_the_catalogue_reframe_of_the_same_reason(reason_id):
    text = {"overslept": "I am sorry, I overslept.", "forgot": "I am sorry, I forgot."}[reason_id]
    note = next(f for f in review(text).findings if f.code == "BLUNT_REASON")
    assert note.suggestion == get_reason(reason_id).framing
    assert note.severity is Severity.INFO


def test_one_sincere_apology_is_not_over_apologizing_but_four_are():
    assert "OVER_APOLOGIZING" not in codes("I am so sorry I missed our interview.")
    many = "I am sorry. I apologize. Please forgive me. My apologies again."
    assert "OVER_APOLOGIZING" in codes(many)


def test_thresholds_are_configurable():
    text = "Dear Sam, I am sorry I missed it; my mistake. " + "I remain keen on the role. " * 12
    assert "LENGTH" not in codes(text)
    assert "LENGTH" in codes(text, settings=ReviewSettings(target_words=20))
    assert "OVER_EXPLAINING" in codes(text, settings=ReviewSettings(max_words=30))
    with pytest.raises(ValueError, match="positive"):
        ReviewSettings(max_grade=0)


# --- Robustness ----------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=600), st.sampled_from(["email", "linkedin", "text"]))
def test_any_text_reviews_and_spans_stay_inside(text, channel):
    result = review(text, channel=channel)
    assert 0 <= result.score <= 100
    for finding in result.findings:
        assert 0 <= finding.start <= finding.end <= len(text)
        assert finding.excerpt == text[finding.start : finding.end][:200]


@settings(max_examples=50, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "\x00",
                "\r",
                "\n",
                "\u2028",
                "\t",
                "sorry",
                "Subject:",
                " ",
                "I",
                "!",
                "[",
                "]",
                "é",
                "\u0301",
                "😀",
            ]
        ),
        max_size=400,
    )
)
def test_control_characters_and_odd_unicode_never_crash(parts):
    text = "".join(parts)
    assert review(unicodedata.normalize("NFD", text)).verdict in {"ready", "revise", "rewrite"}


def test_pathological_inputs_finish():
    # Each would take exponential time with a backtracking-prone pattern; run in a subprocess
    # so that a regression hangs only that process, and the timeout is only a hang guard.
    code = (
        "from secondchance.core.review import review\n"
        "for text in ['sorry ' * 15000, 'a,' * 40000, 'I ' * 40000, '!' * 90000,"
        " 'x' * 99000, ('my alarm ' * 5000), ('[' * 30000) + 'Name',"
        " 'Thursday at 3pm, ' * 5000, ('\\n' * 50000), 'apologize if ' * 7500,"
        " 'the bus was late so I missed it. ' * 3000, 'Sorry, but the recruiter never sent it. '"
        " * 2400, 'sorry, but ' * 9000, 'not sorry ' * 9000]:\n"
        "    review(text)\n"
        "print('done')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=300)
    assert proc.stdout.strip() == b"done", proc.stderr


def test_too_long_a_draft_is_refused():
    with pytest.raises(ValueError, match="longer than"):
        review("a" * 100_001)


# --- CLI -----------------------------------------------------------------------------------


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


def test_a_list_of_times_belongs_to_the_sentence_that_introduces_it():
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


# --- Message types -------------------------------------------------------------------------

DECLINE_REPLY = (
    "Subject: Re: Interview\n\nDear Ms Ward,\n\nThank you for letting me know, and I understand"
    " your decision. I would be glad to be considered for future roles. I wish you and the team"
    " every success.\n\nKind regards,\nTom Hale\n"
)
CONFIRMATION = (
    "Subject: Re: New time\n\nDear Ms Ward,\n\nThank you for rearranging. Thursday at 10:00"
    " works perfectly for me, and I look forward to speaking then.\n\nKind regards,\nTom\n"
)
RUNNING_LATE = "Hi Ana, I'm so sorry, my train is held up; I'll be there by 10:20. Tom"
LATE_ARRIVAL = (
    "Subject: Thank you for today\n\nDear Ana,\n\nI'm sorry for arriving late this morning;"
    " I should have left earlier, and that was my mistake. Thank you for still seeing me. I am"
    " even more keen on the role after our talk.\n\nBest,\nTom\n"
)
CANCELLATION = (
    "Subject: Tomorrow's interview\n\nDear Ana,\n\nI'm very sorry, but I need to move"
    " tomorrow's interview: I have been called for jury service. I remain very keen on the role;"
    " could we find another day next week that suits you?\n\nBest,\nTom\n"
)
FOLLOW_UP = (
    "Subject: Following up\n\nDear Ana,\n\nI'm following up on my email of last Tuesday. I am"
    " still very keen on the role and would welcome any time that suits you.\n\nBest,\nTom\n"
)
BY_TYPE = {
    "decline_reply": DECLINE_REPLY,
    "confirmation": CONFIRMATION,
    "running_late": RUNNING_LATE,
    "late_arrival": LATE_ARRIVAL,
    "cancellation": CANCELLATION,
    "no_reply_follow_up": FOLLOW_UP,
    "apology": GOOD,
}


@pytest.mark.parametrize("kind", MESSAGE_TYPES)
def test_a_good_message_of_each_type_is_ready_as_that_type_and_detected(kind):
    text = BY_TYPE[kind]
    channel = "text" if kind == "running_late" else "email"
    told = review(text, channel, message_type=kind)
    assert (told.verdict, told.message_type, told.type_detected) == ("ready", kind, False), [
        f.code for f in told.findings
    ]
    detected = review(text, channel)
    assert (detected.message_type, detected.type_detected) == (kind, True)


def test_a_gracious_decline_reply_is_not_held_to_the_apology_elements():
    as_apology = codes(DECLINE_REPLY, message_type="apology")
    assert {"NO_RESCHEDULE", "NO_OWNERSHIP"} <= as_apology
    assert not codes(DECLINE_REPLY, message_type="decline_reply") & set(PUBLIC_CODES)


@pytest.mark.parametrize("kind", MESSAGE_TYPES)
def test_each_type_asks_for_exactly_its_own_elements(kind):
    bare = "Dear Ana,\n\nHello.\n\nTom\n"
    element_codes = {
        "apology": "NO_APOLOGY",
        "ownership": "NO_OWNERSHIP",
        "reschedule": "NO_RESCHEDULE",
        "enthusiasm": "NO_ENTHUSIASM",
    }
    wanted = {element_codes[element] for element in REQUIRED[kind]}
    assert codes(bare, subject="Hello", message_type=kind) & set(element_codes.values()) == wanted


def test_blame_in_a_type_that_explains_no_miss_needs_fault_in_so_many_words():
    side_cause = "Dear Ana, the trains are on strike, so could we move Thursday? Tom"
    assert "BLAME" not in codes(side_cause, message_type="cancellation")
    put_on_them = "Dear Ana, it was your recruiter's fault. Could we move Thursday? Tom"
    assert "BLAME" in codes(put_on_them, message_type="cancellation")


def test_an_unknown_type_is_refused():
    with pytest.raises(ValueError, match="not a message type"):
        review("Hi", message_type="poem")  # type: ignore[arg-type]


def test_detection_falls_back_to_an_apology_without_clear_cues():
    assert detect_type(Draft.parse("Dear Ana, I am sorry. Tom")) == "apology"


def test_cli_review_type_option_and_report_line(runner):
    result = runner.invoke(cli, ["review", "-", "--type", "decline_reply"], input=DECLINE_REPLY)
    assert result.exit_code == Exit.OK, result.output
    assert "type: decline_reply (as given)" in result.output
    result = runner.invoke(cli, ["review", "-"], input=DECLINE_REPLY)
    assert "type: decline_reply (detected; pass --type if that is wrong)" in result.output


# --- Scope: what each sentence is about -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "present"),
    [
        (
            "I am not available tomorrow at 3pm. Sorry I missed it; my mistake.",
            "NOT_FLEXIBLE",
            False,
        ),
        ("Sorry I missed it, but it was the airline's fault. Another time?", "NO_APOLOGY", True),
        ("Sorry I missed it, but it was the airline's fault. Another time?", "BLAME", True),
        (
            "Sorry I missed our call, and I'm sorry I didn't call sooner; that was my mistake."
            " The link you sent did not work, so I could not get in.",
            "BLAME",
            True,
        ),
        (
            "I'm so sorry I missed it: my father was rushed to hospital, and my phone died on the"
            " way there. I should have called from the ward; that's on me.",
            "BLAME",
            False,
        ),
        ("I'm sorry I missed it. I didn't call or leave a voicemail.", "NO_OWNERSHIP", True),
        ("I'm sorry I missed it; something came up.", "NO_OWNERSHIP", True),
        ("I'm sorry I missed it; something came up.", "BLAME", False),
        ("Sorry, my roommate unplugged my laptop, so I could not join.", "BLAME", True),
        ("Sorry I missed it, the weather was awful so I could not get there.", "BLAME", True),
    ],
)
def test_scope_of_negation_buts_notice_and_emergencies(text, code, present):
    assert (code in codes(text, message_type="apology")) is present


@pytest.mark.parametrize(
    "text",
    [
        "soooo sorry i missed it!! totally my fault. r u free thurs? rly want this job",
        "100% on me, apologies. can we redo it? still super keen on the role",
        "That mistake is mine, apologies. Could you propose a few alternative dates? I have"
        " admired your work for years.",
    ],
)
def test_texting_forms_and_inflections_carry_the_elements(text):
    found = codes(text, channel="text", message_type="apology")
    assert not found & {"NO_APOLOGY", "NO_OWNERSHIP", "NO_RESCHEDULE", "NO_ENTHUSIASM"}, found


@pytest.mark.parametrize(
    "text",
    [
        "I lost my phone on Monday, so I could not call.\n\nSent from my iPhone",
        "I had no internet all day, so I could not join. I spent the day answering your"
        " colleague's emails from the airport lounge.",
    ],
)
def test_contradictions_the_text_shows_are_red_flags(text):
    assert "DISHONEST_RED_FLAG" in codes("I am sorry, my mistake. " + text)


def test_an_unusual_but_plain_excuse_is_not_a_red_flag():
    text = "I'm sorry; a swarm of bees settled on my car and I could not leave. My mistake."
    assert "DISHONEST_RED_FLAG" not in codes(text)


@pytest.mark.parametrize(
    ("word", "mended"),
    [
        ("appologize", "apologize"),
        ("intrested", "interested"),
        ("responsibilty", "responsibility"),
        ("reshedule", "reschedule"),
        ("sory", "sorry"),
        ("worry", None),  # one edit from "sorry", but a word of its own
        ("interests", None),  # an inflection of a key word, not a slip
        ("mistaken", None),
        ("apology", None),  # already a key word
        ("mistake", None),
        ("nistake", None),  # a slip that changes the first letter is not mended
    ],
)
def test_the_second_look_mends_one_edit_slips_of_key_words_only(word, mended):
    from secondchance.core.review.second_look import mend_word

    assert mend_word(word) == mended


# --- Names are names (issue 17) ------------------------------------------------------------

OWNED = (
    "I am sorry I missed our interview; it was my mistake. I remain keen on the role and"
    " would welcome another time."
)


@pytest.mark.parametrize(
    "text",
    [
        f"Dear Chef Ramos,\n\n{OWNED}\n\nBest,\nU Thant\n",
        f"Hi Ty,\n\n{OWNED}\n\nKind regards,\nR Kumar\nU of T alumnus\n",
        f"{OWNED} - U Thant",
    ],
)
def test_names_in_the_greeting_and_signature_are_never_texting(text):
    assert "UNPROFESSIONAL_TONE" not in codes(text, channel="text")


def test_a_name_the_caller_gives_is_never_texting():
    text = f"{OWNED} Ur Sayin will join us too."
    assert "UNPROFESSIONAL_TONE" in codes(text, channel="text")
    result = review(text, channel="text", names=["Ur Sayin"])
    assert "UNPROFESSIONAL_TONE" not in {f.code for f in result.findings}


def test_the_greeting_word_and_the_sign_off_still_count():
    found = review(f"Hey Jo,\n\n{OWNED}\n\nThx,\nDan\n", channel="text").findings
    assert [f.excerpt for f in found if f.code == "UNPROFESSIONAL_TONE"] == ["Hey", "Thx"]


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam, if 5 pm works for you, I will be there. Thank you for rescheduling.",
        "Hi Sam, unfortunately 3 pm on Thursday does not work for me. Would Friday at 11 suit?",
    ],
)
def test_a_conditional_offer_or_a_refusal_is_never_a_confirmation(text):
    assert review(text, channel="text").message_type != "confirmation"
    assert review("Hi Sam, Thursday at 3 pm works for me. See you then.").message_type == (
        "confirmation"
    )


def test_a_heads_up_that_blames_must_own_the_delay_too():
    blaming = "So sorry, the taxi driver took a wrong turn. Should be with you in 15 minutes."
    owning = "So sorry, I left too late. Should be with you in 15 minutes."
    assert review(blaming, channel="text").message_type == "running_late"
    assert "NO_OWNERSHIP" in codes(blaming, channel="text")
    assert "NO_OWNERSHIP" not in codes(owning, channel="text")


def test_a_list_of_times_is_read_item_by_item_not_as_one_long_sentence():
    slot = "- Monday 30 November at 09:00 EST (14:00 GMT for me)"
    listed = "Thank you for finding another time. Any of these would work for me:\n\n"
    listed += "\n".join([slot] * 3) + "\n\nKind regards,\nZoë"
    assert "LONG_SENTENCE" not in {f.code for f in review(listed, "email").findings}
    prose = "Any of these would work for me " + " and ".join(["Monday at nine in the morning"] * 6)
    assert "LONG_SENTENCE" in {f.code for f in review(prose + ".\n\nZoë", "email").findings}
