// Progressive enhancement only: the page works fully without this file.
(function () {
  "use strict";

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return Promise.reject(new Error("no clipboard API"));
  }

  function fallbackCopy(el) {
    el.focus();
    el.select();
    try {
      return document.execCommand("copy");
    } catch (e) {
      return false;
    }
  }

  function setupCopy(button) {
    var target = document.getElementById(button.getAttribute("data-copy-target"));
    var status = document.getElementById("copy-status");
    if (!target) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var say = function (msg) { if (status) status.textContent = msg; };
      copyText(target.value).then(
        function () { say("Copied to the clipboard."); },
        function () {
          say(fallbackCopy(target) ? "Copied to the clipboard." : "Text selected: press Ctrl+C (⌘C on a Mac) to copy.");
        }
      );
    });
  }

  function setupCounter(area) {
    var out = document.getElementById(area.getAttribute("data-counter"));
    if (!out) return;
    var update = function () {
      var text = area.value;
      var words = text.trim() ? text.trim().split(/\s+/).length : 0;
      out.textContent = text.length.toLocaleString() + " characters · " + words.toLocaleString() + " words";
    };
    out.hidden = false;
    area.addEventListener("input", update);
    update();
  }

  function setupSubmit(form) {
    var button = form.querySelector("button[type=submit]");
    if (!button) return;
    var label = button.textContent;
    form.addEventListener("submit", function () {
      button.disabled = true;
      button.textContent = "Checking…";
    });
    // Coming back with the Back button restores the page from cache: re-enable it.
    window.addEventListener("pageshow", function () {
      button.disabled = false;
      button.textContent = label;
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-copy-target]").forEach(setupCopy);
    document.querySelectorAll("textarea[data-counter]").forEach(setupCounter);
    var form = document.getElementById("coach-form");
    if (form) setupSubmit(form);
    var summary = document.getElementById("error-summary");
    if (summary) summary.focus();
  });
})();
