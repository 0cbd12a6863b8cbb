"""Drive `secondchance new` through a real pseudo-terminal, as a person would."""

import sys

import pexpect


def spawn():
    child = pexpect.spawn(
        sys.executable,
        ["-m", "secondchance", "new", "--now", "2026-11-26T15:40+00:00"],
        encoding="utf-8",
        timeout=30,
        dimensions=(50, 200),
    )
    child.logfile_read = None
    return child


def answer(child, prompt, text):
    child.expect_exact(prompt)
    child.sendline(text)


def test_six_questions_then_the_kit():
    child = spawn()
    answer(child, "Your name", "Zoë Łukasiewicz")
    answer(child, "The interviewer's name", "Dana Whitfield")
    answer(child, "The company", "Acme Analytics")
    answer(child, "The role", "Head of Data Platform")
    answer(child, "When was the interview?", "2026-11-26 09:30 America/New_York")
    answer(child, "Choose a number", "3")
    answer(child, "Add optional details", "n")
    child.expect_exact("== Apology email")
    child.expect_exact("Subject: Apologies for missing our interview – Zoë Łukasiewicz")
    child.expect_exact("time wrong")  # one clock: no zones to misread (#16)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_bad_answers_are_asked_again_and_optional_details_are_used():
    child = spawn()
    answer(child, "Your name", "   ")
    answer(child, "Your name", "Siobhán O'Connor-Byrne")
    answer(child, "The interviewer's name", "Sam Lee")
    answer(child, "The company", "Globex")
    # A maker's role: references are offered only for one (reading 17 of #16).
    answer(child, "The role", "Product Designer")
    answer(child, "When was the interview?", "yesterday-ish")
    child.expect_exact("give the date, the time and the time zone")
    answer(child, "When was the interview?", "2026-11-26 09:30 Mars/Base")
    child.expect_exact("not a known IANA time zone")
    answer(child, "When was the interview?", "2026-12-26 09:30 Europe/Dublin")
    child.expect_exact("not been missed yet")
    answer(child, "When was the interview?", "2026-11-26 09:30 Europe/Dublin")
    answer(child, "Choose a number", "1")
    answer(child, "Add optional details", "y")
    answer(child, "Your time zone", "")
    answer(child, "Your email", "not-an-email")
    child.expect_exact("not a valid email address")
    answer(child, "Your email", "siobhan@example.ie")
    answer(child, "Your phone", "")
    answer(child, "The interviewer's email", "sam@globex.example")
    answer(child, "The interviewer's phone", "")
    answer(child, "How do you address the interviewer?", "Mr Lee")
    answer(child, "The interviewer's time zone", "America/Chicago")
    answer(child, "The interviewer's country", "us")
    answer(child, "The recruiter who arranged it", "")
    answer(child, "Format", "onsite")
    answer(child, "Tone", "warm")
    answer(child, "Portfolio link", "")
    answer(child, "LinkedIn link", "https://www.linkedin.com/in/siobhan-oconnor")
    answer(child, "A case study to offer", "")
    answer(child, "What draws you to the role", "the chance to build the design team")
    # No recruiter was named, so "recruiter" is not among the choices.
    answer(child, "Whom you have reached so far (none, interviewer, voicemail)", "recruiter")
    child.expect_exact("'recruiter' is not")
    answer(child, "Whom you have reached so far", "voicemail")
    answer(child, "Offer references?", "y")
    answer(child, "Offer my portfolio?", "n")
    answer(child, "Private note", "Sam prefers mornings")
    child.expect_exact("To: Sam Lee <sam@globex.example>")
    child.expect_exact("Dear Mr Lee,")  # the address they go by, asked among the details
    child.expect_exact("voicemail")  # the contact answer reached the email
    child.expect_exact("to build the design team")  # in the user's own words
    child.expect_exact("references")  # the offer, plainly, in the apology email (#16)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
