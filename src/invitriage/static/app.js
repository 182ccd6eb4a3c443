// invitriage review page: drafts saved as you type, one-key shortcuts on the focused card, and an undo for
// every action. The page works without it (every action is a plain form POST); this only makes it faster.
// It decides nothing: the server says what an action did, this says it to the reader and keeps the place.
(function () {
  "use strict";
  document.querySelectorAll("button.print").forEach(function (b) {
    b.hidden = false;
    b.addEventListener("click", function () { window.print(); });
  });
  var csrf = document.querySelector('meta[name="csrf-token"]').getAttribute("content");
  var statusEl = document.getElementById("status");
  var header = document.querySelector("header.top");
  var main = document.getElementById("main");
  var keys = document.querySelector("section.keys");
  var toggle = document.getElementById("shortcuts-toggle");
  // The queues this page shows: a change that sends a card to another queue finishes it here.
  var buckets = (document.body.getAttribute("data-buckets") || "").split(" ").filter(Boolean);
  var SHORTCUTS = "invitriage.shortcuts", RESTORE = "invitriage.restore";
  var PLACE = "invitriage.place:" + location.pathname;
  var here = location.pathname + location.search;
  var selected = null; // the card picked with j/k, or the last one the focus was in

  // -- storage that may be switched off ------------------------------------------------------
  function load(kind, key) { try { return window[kind].getItem(key); } catch (e) { return null; } }
  function keep(kind, key, value) {
    try { if (value === null) { window[kind].removeItem(key); } else { window[kind].setItem(key, value); } } catch (e) { /* private mode */ }
  }
  function noop() {}

  // -- the server ------------------------------------------------------------------------------
  function post(url, fields) {
    var body = new URLSearchParams();
    Object.keys(fields || {}).forEach(function (k) {
      if (fields[k] !== null && fields[k] !== undefined) { body.set(k, fields[k]); }
    });
    return fetch(url, {
      method: "POST", body: body, credentials: "same-origin",
      headers: { "X-CSRF-Token": csrf, "X-Requested-With": "fetch" }
    }).then(function (r) {
      return r.json().catch(function () { return { ok: false, error: r.status + " " + r.statusText }; }).then(function (data) {
        if (!r.ok || !data.ok) { throw new Error(data.error || r.statusText); }
        return data;
      });
    });
  }

  function fieldsOf(form) {
    var out = {};
    new FormData(form).forEach(function (v, k) { out[k] = v; });
    return out;
  }

  function refreshCounts() {
    fetch("/api/counts", { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (c) {
      document.querySelectorAll("[data-count]").forEach(function (el) {
        var n = el.getAttribute("data-count").split(" ").reduce(function (s, k) { return s + (c[k] || 0); }, 0);
        el.textContent = n.toLocaleString("en-US");
      });
    }).catch(noop);
  }

  // -- what happened: the page's status region (a toast on wide screens) -------------------------
  var quietTimer = null;

  // The chrome that stays in view: the focus must never land under it.
  function isFixed(el) { var p = el && getComputedStyle(el).position; return p === "fixed" || p === "sticky"; }
  function pad() {
    var root = document.documentElement.style;
    root.scrollPaddingTop = isFixed(header) ? Math.ceil(header.getBoundingClientRect().height + 16) + "px" : "";
    root.scrollPaddingBottom = isFixed(statusEl) && statusEl.offsetHeight ? Math.ceil(statusEl.offsetHeight + 32) + "px" : "";
  }

  function say(text, options) {
    options = options || {};
    clearTimeout(quietTimer);
    statusEl.classList.toggle("error", !!options.error);
    statusEl.textContent = "";
    var span = document.createElement("span");
    span.textContent = text;
    statusEl.appendChild(span);
    if (options.undo) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "undo";
      button.textContent = "Undo";
      if (options.who) { var vh = document.createElement("span"); vh.className = "vh"; vh.textContent = " — " + options.who; button.appendChild(vh); }
      button.addEventListener("click", function () { button.disabled = true; options.undo(); });
      statusEl.appendChild(document.createTextNode(" "));
      statusEl.appendChild(button);
    }
    pad();
    if (document.activeElement) { reveal(document.activeElement); } // the toast must not cover the focus
    quietTimer = setTimeout(quiet, 12000);
  }

  function quiet() {
    if (statusEl.contains(document.activeElement) || statusEl.matches(":hover")) { quietTimer = setTimeout(quiet, 4000); return; }
    statusEl.textContent = "";
    statusEl.classList.remove("error");
    pad();
  }

  // -- cards -----------------------------------------------------------------------------------
  function cards() { return Array.prototype.slice.call(document.querySelectorAll("article.card:not(.done)")); }
  function nameOf(card) { return card.getAttribute("data-name"); }
  function idOf(card) { return card.getAttribute("data-id"); }
  function draftArea(card) { return card ? card.querySelector("form.draft textarea") : null; }

  function select(card, focus) {
    if (selected && selected !== card) { selected.classList.remove("current"); }
    selected = card;
    card.classList.add("current");
    keep("sessionStorage", PLACE, card.id);
    if (focus) {
      card.focus({ preventScroll: true });
      var top = card.getBoundingClientRect().top;
      var padTop = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
      if (top < padTop || top > window.innerHeight * 0.6) { card.scrollIntoView({ block: "start" }); }
    }
  }

  // The card a shortcut acts on: the one holding the focus, else the one picked with j/k.
  function activeCard() {
    var a = document.activeElement;
    var card = a && a.closest ? a.closest("article.card") : null;
    if (card) { return card.classList.contains("done") ? null : card; }
    return selected && document.contains(selected) && !selected.classList.contains("done") ? selected : null;
  }

  function neighbour(card) {
    var list = cards(), i = list.indexOf(card);
    return list[i + 1] || list[i - 1] || null;
  }

  function cardNote(card, text, error) {
    var el = card && card.querySelector(".saved");
    if (el) { el.textContent = text; el.classList.toggle("error", !!error); }
  }

  // A finished card says what happened and offers its undo; the focus goes on to the next card.
  function finish(card, label, message, undo) {
    var next = neighbour(card);
    var work = card.querySelector(".work");
    card.classList.add("done");
    card.classList.remove("current");
    if (work) { work.hidden = true; }
    var out = document.createElement("p");
    out.className = "outcome";
    var strong = document.createElement("strong");
    strong.textContent = label;
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = "Undo";
    var vh = document.createElement("span");
    vh.className = "vh";
    vh.textContent = " — " + nameOf(card);
    button.appendChild(vh);
    out.appendChild(strong);
    out.appendChild(button);
    card.appendChild(out);
    var undone = false;
    var runUndo = function () {
      if (undone) { return; }
      undone = true;
      undo().then(function () {
        out.remove();
        if (work) { work.hidden = false; }
        card.classList.remove("done");
        card.querySelectorAll("form").forEach(function (f) { if (f.dataset.ajax !== "draft") { f.reset(); } });
        select(card, true);
        say("Undone: " + nameOf(card) + " is back.");
        refreshCounts();
      }, function (e) { undone = false; say("Could not undo: " + e.message, { error: true }); });
    };
    button.addEventListener("click", runUndo);
    if (next) { select(next, true); } else { main.focus(); }
    say(message, { undo: runUndo, who: nameOf(card) });
    refreshCounts();
  }

  // After a change that keeps the card on this page, reload it and come back to the same place.
  function reloadTo(card, message, undo) {
    var next = neighbour(card);
    keep("sessionStorage", RESTORE, JSON.stringify({ path: here, focus: card.id, next: next ? next.id : null, message: message, undo: undo }));
    location.reload();
  }

  // -- drafts ----------------------------------------------------------------------------------
  function saveDraft(form) {
    var area = form.querySelector("textarea"), card = form.closest("article.card");
    var run = function () {
      var value = area.value;
      if (value === area.dataset.saved) { return null; }
      if (!value.trim()) { throw new Error("a draft cannot be empty"); }
      return post(form.getAttribute("action"), { text: value }).then(function () {
        area.dataset.saved = value;
        if (area.value === value) { cardNote(card, "Saved"); }
      });
    };
    // One save at a time per draft, in order: the last edit is the one kept.
    var p = (area._saving || Promise.resolve()).catch(noop).then(run);
    area._saving = p;
    p.catch(function (e) {
      cardNote(card, "Not saved: " + e.message, true);
      say("Draft for " + nameOf(card) + " not saved: " + e.message, { error: true });
    });
    return p;
  }

  function copyDraft(card) {
    var area = draftArea(card);
    if (!area) { return; }
    var done = function () { cardNote(card, "Copied"); say("Draft for " + nameOf(card) + " copied."); };
    var fallback = function () { area.select(); document.execCommand("copy"); done(); };
    if (navigator.clipboard && window.isSecureContext) { navigator.clipboard.writeText(area.value).then(done, fallback); }
    else { fallback(); }
  }

  // -- actions ---------------------------------------------------------------------------------
  function base(card) { return "/invitations/" + idOf(card); }

  // One action at a time per card: a second press while the first is on its way does nothing.
  function busy(card, work) {
    if (card.dataset.busy) { return; }
    card.dataset.busy = "1";
    var done = function () { delete card.dataset.busy; };
    work().then(done, done);
  }

  function markSent(card) {
    var form = card.querySelector('form[data-ajax="sent"]');
    if (!form || card.classList.contains("done")) { return; }
    busy(card, function () { return sendWith(card, form); });
  }

  function sendWith(card, form) {
    var draft = card.querySelector("form.draft");
    return (draft ? saveDraft(draft) : Promise.resolve()).then(function () {
      return post(form.getAttribute("action"), {}).then(function () {
        finish(card, "Sent ✓", "Marked sent: " + nameOf(card) + ".", function () { return post(base(card) + "/unsent", {}); });
      }, function (e) { say("Not marked sent: " + e.message, { error: true }); });
    }, function (e) {
      say("Not marked sent: the draft for " + nameOf(card) + " is not saved (" + e.message + ").", { error: true });
    });
  }

  function postpone(card, form) {
    return post(form.getAttribute("action"), {}).then(function () {
      finish(card, "Next week ✓", "Moved to next week: " + nameOf(card) + ".", function () { return post(base(card) + "/unpostpone", {}); });
    }, function (e) { say("Not moved: " + e.message, { error: true }); });
  }

  function change(card, form, kind) {
    return post(form.getAttribute("action"), kind === "override" ? fieldsOf(form) : {}).then(function (data) {
      var what = nameOf(card) + " is now “" + data.intent_label + "”, " + data.action_label.toLowerCase() + ".";
      var message = (kind === "undo" ? "Back to the machine's judgment: " : "Changed: ") + what;
      var previous = data.previous;
      var restore = function () {
        return post(base(card) + "/restore", { had: previous.had ? "1" : "0", intent: previous.intent, action: previous.action });
      };
      if (buckets.indexOf(data.action) < 0) {
        finish(card, data.action_label + " ✓", message, restore);
      } else {
        reloadTo(card, message, { id: idOf(card), previous: previous });
      }
    }, function (e) { say("Not changed: " + e.message, { error: true }); });
  }

  // Outreach: "contacted" and "never suggest" take the person off the list, with an undo.
  function outreachDone(card, form, kind) {
    return post(form.getAttribute("action"), {}).then(function () {
      finish(card, kind === "skip" ? "Not suggested again ✓" : "Contacted ✓",
        (kind === "skip" ? "Will not suggest " : "Marked contacted: ") + nameOf(card) + ".",
        function () { return post("/outreach/" + idOf(card) + "/undo", {}); });
    }, function (e) { say("Not changed: " + e.message, { error: true }); });
  }

  document.addEventListener("submit", function (ev) {
    var form = ev.target, kind = form.dataset.ajax;
    if (!kind) { return; }
    ev.preventDefault();
    var card = form.closest("article.card");
    if (kind === "draft") { saveDraft(form).catch(noop); return; }
    if (!card || card.classList.contains("done")) { return; }
    if (kind === "sent") { markSent(card); }
    else if (kind === "postpone") { busy(card, function () { return postpone(card, form); }); }
    else if (kind === "contacted" || kind === "skip") { busy(card, function () { return outreachDone(card, form, kind); }); }
    else { busy(card, function () { return change(card, form, kind); }); }
  });

  document.querySelectorAll("form.draft textarea").forEach(function (area) {
    area.dataset.saved = area.value;
    var timer = null;
    area.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { saveDraft(area.form).catch(noop); }, 600);
    });
    area.addEventListener("blur", function () { clearTimeout(timer); saveDraft(area.form).catch(noop); });
  });

  document.addEventListener("click", function (ev) {
    var button = ev.target.closest && ev.target.closest("button.copy");
    if (button) { copyDraft(button.closest("article.card")); }
  });

  // Keep the focused element whole and clear of the chrome that stays in view: browsers scroll a text
  // field only far enough to show its caret, and not every one honours scroll-padding.
  function reveal(el) {
    if (!el.getBoundingClientRect || el === main || el.matches("article.card")) { return; }
    var r = el.getBoundingClientRect(), css = getComputedStyle(document.documentElement);
    var top = parseFloat(css.scrollPaddingTop) || 0;
    var bottom = document.documentElement.clientHeight - (parseFloat(css.scrollPaddingBottom) || 0);
    if ((r.top < top || r.bottom > bottom) && r.height <= bottom - top) { el.scrollIntoView({ block: "nearest" }); }
  }

  document.addEventListener("focusin", function (ev) {
    var card = ev.target.closest && ev.target.closest("article.card");
    if (card && !card.classList.contains("done")) { select(card, false); }
    reveal(ev.target);
  });

  // -- one-key shortcuts: only where they work, off with one click (remembered) -------------------
  function shortcutsOn() { return !!keys && load("localStorage", SHORTCUTS) !== "off"; }
  if (keys && toggle) {
    keys.hidden = false;
    toggle.checked = shortcutsOn();
    toggle.addEventListener("change", function () {
      keep("localStorage", SHORTCUTS, toggle.checked ? null : "off");
      say(toggle.checked ? "One-key shortcuts are on." : "One-key shortcuts are off.");
    });
  }

  document.addEventListener("keydown", function (ev) {
    if (!shortcutsOn() || ev.defaultPrevented || ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    var t = ev.target;
    if (t.isContentEditable || /^(TEXTAREA|INPUT|SELECT)$/.test(t.tagName)) {
      if (ev.key === "Escape" && t.tagName === "TEXTAREA") { var c = t.closest("article.card"); if (c) { c.focus(); } }
      return;
    }
    var card = activeCard(), list = cards(), i;
    if (ev.key === "j" || ev.key === "k") {
      if (!list.length) { return; }
      i = card ? list.indexOf(card) : -1;
      i = i < 0 ? 0 : Math.max(0, Math.min(list.length - 1, i + (ev.key === "j" ? 1 : -1)));
      select(list[i], true);
    } else if (ev.key === "e" || ev.key === "c") {
      card = card || list[0];
      if (!draftArea(card)) { return; }
      if (ev.key === "e") { select(card, false); draftArea(card).focus(); } else { copyDraft(card); }
    } else if (ev.key === "s") {
      if (!card) { say("No card picked: press j, or move the focus into a card, then s.", { error: true }); }
      else if (card.querySelector('form[data-ajax="sent"]')) { markSent(card); }
      else { return; }
    } else { return; }
    ev.preventDefault();
  });

  // -- coming back: after a reload, to the same card with what happened; else to the last place ------
  var restore = null;
  try { restore = JSON.parse(load("sessionStorage", RESTORE) || "null"); } catch (e) { restore = null; }
  keep("sessionStorage", RESTORE, null);
  pad();
  window.addEventListener("resize", pad);
  if (window.ResizeObserver && header) { new ResizeObserver(pad).observe(header); }
  if (restore && restore.path === here) {
    var target = document.getElementById(restore.focus);
    var fallbackTarget = restore.next ? document.getElementById(restore.next) : null;
    if (target || fallbackTarget) { select(target || fallbackTarget, true); }
    var undo = restore.undo ? function () {
      var p = restore.undo.previous;
      post("/invitations/" + restore.undo.id + "/restore", { had: p.had ? "1" : "0", intent: p.intent, action: p.action }).then(function (data) {
        var card = document.getElementById("card-" + restore.undo.id);
        var message = "Undone: " + data.intent_label + ", " + data.action_label.toLowerCase() + " again.";
        if (card) { reloadTo(card, message, null); } else { keep("sessionStorage", RESTORE, JSON.stringify({ path: here, focus: "card-" + restore.undo.id, message: message })); location.reload(); }
      }, function (e) { say("Could not undo: " + e.message, { error: true }); });
    } : null;
    // A moment after load, so screen readers hear the live region change.
    setTimeout(function () {
      say(restore.message + (target ? "" : " It left this page."), { undo: undo, who: target ? nameOf(target) : null });
    }, 150);
  } else if (location.hash && /^#card-\d+$/.test(location.hash) && document.getElementById(location.hash.slice(1))) {
    select(document.getElementById(location.hash.slice(1)), true);
  } else if (load("sessionStorage", PLACE) && document.getElementById(load("sessionStorage", PLACE))) {
    select(document.getElementById(load("sessionStorage", PLACE)), true);
  } else if (statusEl.firstChild && (/\/accept\/confirm/.test(document.referrer) || /[?&]restored=/.test(location.search))) {
    // Said by the server right after a bulk action: say it again once the page is read, to be heard.
    var nodes = Array.prototype.slice.call(statusEl.childNodes);
    statusEl.textContent = "";
    setTimeout(function () { nodes.forEach(function (n) { statusEl.appendChild(n); }); pad(); }, 150);
  }
}());
