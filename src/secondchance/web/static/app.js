// Small enhancements; every page works without them.
"use strict";

function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    return navigator.clipboard.writeText(text);
  }
  // Fallback for plain http on a LAN address: a hidden textarea and the copy command.
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "absolute";
  area.style.left = "-9999px";
  document.body.appendChild(area);
  area.select();
  document.execCommand("copy");
  area.remove();
  return Promise.resolve();
}

document.addEventListener("click", (event) => {
  const button = event.target.closest("button[data-copy]");
  if (!button) return;
  const source = document.getElementById(button.dataset.copy);
  if (!source) return;
  copyText(source.textContent).then(() => {
    const status = document.getElementById(button.dataset.copy + "-status");
    if (status) status.textContent = "Copied.";
  });
});

document.addEventListener("DOMContentLoaded", () => {
  // Where the person is now is this browser's zone; the interview's zone is never guessed:
  // it must be the one the invitation gave (#20).
  const mine = document.querySelector('select[name="candidate.timezone"]');
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (mine && !mine.value && mine.querySelector(`option[value="${CSS.escape(zone)}"]`)) mine.value = zone;
  showTimeInBothZones();
  // A step linked from elsewhere ("Due now") may sit in a folded box: unfold it.
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  const folded = target && target.closest("details");
  if (folded) { folded.open = true; target.scrollIntoView(); }
  for (const button of document.querySelectorAll("button[data-copy]")) button.hidden = false;
  // Keep the intake form's draft id in the address: Back then reloads the same draft, and
  // sending the corrected form updates its case instead of storing a second one.
  const draft = document.querySelector('form[action="/"] input[name="draft"]');
  if (draft && new URLSearchParams(location.search).get("draft") !== draft.value) {
    history.replaceState(null, "", "/?draft=" + encodeURIComponent(draft.value));
  }
});

// The interview time read back in both zones before the form is sent: the mix-up this
// product exists to repair should not start on its own intake form.
function offsetMinutes(zone, instant) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat("en-US", {
    timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit",
    hour: "2-digit", minute: "2-digit",
  }).formatToParts(instant).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute);
  return (asUtc - Math.floor(instant / 60000) * 60000) / 60000;
}

function wallToInstant(wall, zone) {
  const [date, time] = wall.split("T");
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  const guess = Date.UTC(y, m - 1, d, hh, mm);
  const first = guess - offsetMinutes(zone, guess) * 60000;
  return guess - offsetMinutes(zone, first) * 60000;
}

function describe(instant, zone) {
  const when = new Intl.DateTimeFormat("en-GB", {
    timeZone: zone, weekday: "short", day: "numeric", month: "short", hour: "2-digit",
    minute: "2-digit",
  }).format(instant);
  // en-US names zones as the server does (EST, not GMT-5).
  const name = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "short" })
    .formatToParts(instant).find((part) => part.type === "timeZoneName").value;
  return `${when} ${name}`;
}

function showTimeInBothZones() {
  const echo = document.getElementById("time-echo");
  if (!echo) return;
  const form = echo.closest("form");
  const update = () => {
    const wall = form.elements["interview.start"].value;
    const theirs = form.elements["interview.timezone"].value;
    const mine = form.elements["candidate.timezone"].value || theirs;
    if (!wall || !theirs) { echo.hidden = true; return; }
    const instant = wallToInstant(wall, theirs);
    const label = (select) => select.options[select.selectedIndex].text.split(" – ").pop();
    let text = `That is ${describe(instant, theirs)} in ${label(form.elements["interview.timezone"])}`;
    if (mine !== theirs) text += `, which was ${describe(instant, mine)} where you are.`;
    else text += ", the same time where you are.";
    echo.textContent = text;
    echo.hidden = false;
  };
  for (const name of ["interview.start", "interview.timezone", "candidate.timezone"]) {
    form.elements[name].addEventListener("change", update);
    form.elements[name].addEventListener("input", update);
  }
  update();
}
