// invitriage review page: saves edits at once, keyboard shortcuts, copy. Works without it too
// (every action is a plain form POST); this only makes it faster.
(function () {
  "use strict";
  document.querySelectorAll("button.print").forEach(function (b) {
    b.hidden = false;
    b.addEventListener("click", function () { window.print(); });
  });
  var csrf = document.querySelector('meta[name="csrf-token"]').getAttribute("content");
  var cards = function () { return Array.prototype.slice.call(document.querySelectorAll("article.card")); };
  var current = -1;

  function post(form, extra) {
    var body = new URLSearchParams(new FormData(form));
    if (extra) { Object.keys(extra).forEach(function (k) { body.set(k, extra[k]); }); }
    return fetch(form.getAttribute("action"), {
      method: "POST", body: body, credentials: "same-origin",
      headers: { "X-CSRF-Token": csrf, "X-Requested-With": "fetch" }
    }).then(function (r) {
      return r.json().catch(function () { return { ok: false, error: r.statusText }; }).then(function (data) {
        if (!r.ok || !data.ok) { throw new Error(data.error || r.statusText); }
        return data;
      });
    });
  }

  function flash(card, text) {
    var el = card && card.querySelector(".saved");
    if (el) { el.textContent = text; }
  }

  function saveDraft(form) {
    var card = form.closest("article");
    var area = form.querySelector("textarea");
    if (area.value === area.dataset.saved) { return Promise.resolve(); }
    var value = area.value;
    return post(form).then(function () { area.dataset.saved = value; flash(card, "Saved"); })
      .catch(function (e) { flash(card, "Not saved: " + e.message); });
  }

  document.addEventListener("submit", function (ev) {
    var form = ev.target;
    var kind = form.dataset.ajax;
    if (!kind) { return; }
    ev.preventDefault();
    var card = form.closest("article");
    if (kind === "draft") { saveDraft(form); return; }
    var pending = Promise.resolve();
    var draft = card && card.querySelector("form.draft");
    if (draft && kind === "sent") { pending = saveDraft(draft); }
    pending.then(function () { return post(form); }).then(function (data) {
      if (kind === "undo") { window.location.reload(); return; }
      if (kind === "sent" || kind === "postpone" || (kind === "override" && data.action && data.action !== "reply")) {
        card.classList.add("done");
        flash(card, kind === "sent" ? "Marked sent" : kind === "postpone" ? "Moved to next week" : "Changed");
      } else {
        window.location.reload();
      }
    }).catch(function (e) { flash(card, "Failed: " + e.message); card.setAttribute("data-error", e.message); });
  });

  document.querySelectorAll("form.draft textarea").forEach(function (area) {
    area.dataset.saved = area.value;
    var timer = null;
    area.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { saveDraft(area.form); }, 600);
    });
    area.addEventListener("blur", function () { clearTimeout(timer); saveDraft(area.form); });
  });

  function copyDraft(card) {
    var area = card && card.querySelector("form.draft textarea");
    if (!area) { return; }
    var done = function () { flash(card, "Copied"); };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(area.value).then(done, function () { area.select(); document.execCommand("copy"); done(); });
    } else { area.select(); document.execCommand("copy"); done(); }
  }

  document.addEventListener("click", function (ev) {
    if (ev.target.classList.contains("copy")) { copyDraft(ev.target.closest("article")); }
  });

  function focusCard(i) {
    var list = cards();
    if (!list.length) { return; }
    current = Math.max(0, Math.min(list.length - 1, i));
    list.forEach(function (c) { c.classList.remove("current"); });
    list[current].classList.add("current");
    list[current].focus({ preventScroll: true });
    list[current].scrollIntoView({ block: "nearest", behavior: "smooth" });
  }

  document.addEventListener("keydown", function (ev) {
    var t = ev.target;
    var typing = t && (t.tagName === "TEXTAREA" || t.tagName === "INPUT" || t.tagName === "SELECT");
    if (typing) { if (ev.key === "Escape") { t.blur(); } return; }
    if (ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    var card = cards()[current];
    if (ev.key === "j") { focusCard(current + 1); ev.preventDefault(); }
    else if (ev.key === "k") { focusCard(current - 1); ev.preventDefault(); }
    else if (ev.key === "e" && card) { var a = card.querySelector("textarea"); if (a) { a.focus(); ev.preventDefault(); } }
    else if (ev.key === "c" && card) { copyDraft(card); ev.preventDefault(); }
    else if (ev.key === "s" && card) {
      var f = card.querySelector('form[data-ajax="sent"]');
      if (f) { f.requestSubmit(); ev.preventDefault(); }
    }
  });
}());
