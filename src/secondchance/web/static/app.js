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
  // Offer the browser's own time zone where none was typed yet.
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  for (const name of ["interview.timezone", "candidate.timezone"]) {
    const input = document.querySelector(`input[name="${name}"]`);
    if (input && !input.value && zone) input.value = zone;
  }
  for (const button of document.querySelectorAll("button[data-copy]")) button.hidden = false;
  // Keep the intake form's draft id in the address: Back then reloads the same draft, and
  // sending the corrected form updates its case instead of storing a second one.
  const draft = document.querySelector('form[action="/"] input[name="draft"]');
  if (draft && new URLSearchParams(location.search).get("draft") !== draft.value) {
    history.replaceState(null, "", "/?draft=" + encodeURIComponent(draft.value));
  }
});
