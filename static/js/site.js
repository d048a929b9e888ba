// Concordance: progressive enhancements. Every page works without this file. It is loaded with
// `defer`, so the document has been parsed by the time each part below starts.

// A mark made on arrival (a search's words, a related passage's shared words) in a long paragraph
// may be below the screen: it is brought into view once the browser has scrolled to the paragraph
// the address names, which happens when the page has loaded and would undo a scroll made before.
function revealWhenLoaded(element) {
  "use strict";
  var reveal = function () {
    var box = element.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) element.scrollIntoView({ block: "center" });
  };
  if (document.readyState === "complete") {
    setTimeout(reveal, 0);
  } else {
    window.addEventListener("load", function () { setTimeout(reveal, 0); });
  }
}

// The element the address's fragment names, or null (none, or a fragment that is not valid
// percent-encoding, such as "#100%", which decodeURIComponent refuses).
function elementNamedByAddress() {
  "use strict";
  if (!window.location.hash) return null;
  try {
    return document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
  } catch (e) {
    return null;
  }
}

// A text folded for matching the words marked on arrival (accents dropped, compatibility forms such
// as "…" and "ﬁ" spelled out, lower case; the server sends a search's words as the text spells them,
// so folding the words and the text alike is enough), with where each folded character came from:
// a match found in the folded text marks the original characters, however folding changed their
// length ("…" folds to three characters, "ﬁ" to two, a Korean syllable under NFKD to its
// letters). Folded a character at a time, a character being a letter with the combining marks after
// it, so a mark never splits a surrogate pair or takes an accent from its letter; and recomposed
// (NFC), so a Korean syllable stays a syllable, which a term's syllable cannot match only in part.
function foldForMatching(text) {
  "use strict";
  var folded = "", starts = [], ends = [];
  var character = /\P{M}\p{M}*|\p{M}+/gu, match;
  while ((match = character.exec(text)) !== null) {
    var piece = match[0].normalize("NFKD").replace(/[\u0300-\u036f]/g, "").normalize("NFC").toLowerCase()
      .replace(/[\u2018\u2019]/g, "'");
    for (var i = 0; i < piece.length; i++) {
      starts.push(match.index);
      ends.push(match.index + match[0].length);
    }
    folded += piece;
  }
  // The original text from folded offset from to folded offset to (to > from), whole characters.
  return { text: folded, start: function (from) { return starts[from]; }, end: function (to) { return ends[to - 1]; } };
}

// Previews of notes and of linked mentions (concepts, organizations, people), as Wikipedia's
// reference previews: with a mouse, hovering shows one beside the marker (WCAG 1.4.13: it stays
// while the pointer is over the marker or the preview, Escape dismisses it); a tap opens it, as a
// sheet at the bottom of a narrow screen, and a second tap follows the link; by keyboard, Enter
// opens it as a non-modal dialog placed right after the marker, so Tab reaches its links and then
// goes on through the text, and Escape closes it and returns to the marker. Focus alone opens
// nothing, so tabbing through a paragraph is never covered by previews. A mouse click follows the
// link. Without this script each marker is a plain link, to the note or to the entry's page.
(function () {
  "use strict";

  var SHOW_DELAY_MS = 100;
  var HIDE_DELAY_MS = 250;
  var KINDS = { concepts: "Concept", organizations: "Organization", people: "Person" };
  var narrow = window.matchMedia("(max-width: 40rem)");
  var box = null;
  var current = null;
  var pinned = false;
  var lastPointer = "mouse";
  var showTimer = null;
  var hideTimer = null;

  function ensureBox() {
    if (box) return box;
    box = document.createElement("span");
    box.id = "note-popover";
    box.className = "note-popover";
    box.setAttribute("role", "dialog");
    box.setAttribute("aria-labelledby", "note-popover-label");
    box.tabIndex = -1;
    box.hidden = true;
    box.addEventListener("pointerenter", cancelHide);
    box.addEventListener("pointerleave", function (event) {
      if (event.pointerType === "mouse" && !pinned) scheduleHide();
    });
    box.addEventListener("focusout", function (event) {
      var next = event.relatedTarget;
      if (next && !box.contains(next) && next !== current) close(false);
    });
    box.addEventListener("click", function (event) {
      if (event.target.closest(".popover-close")) close(true);
      // A link within the page ("Go to note") is followed with the preview out of its way.
      else if (event.target.closest("a[href^='#']")) close(false, true);
    });
    return box;
  }

  function noteFor(marker) {
    var id = decodeURIComponent((marker.getAttribute("href") || "").slice(1));
    return id ? document.getElementById(id) : null;
  }

  function label(text) {
    var heading = document.createElement("span");
    heading.className = "popover-label";
    heading.id = "note-popover-label";
    heading.textContent = text;
    return heading;
  }

  function jump(href, text) {
    var line = document.createElement("span");
    line.className = "popover-jump";
    var link = document.createElement("a");
    link.href = href;
    link.textContent = text;
    line.appendChild(link);
    return line;
  }

  function closeButton() {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "popover-close";
    var cross = document.createElement("span");
    cross.setAttribute("aria-hidden", "true");
    cross.textContent = "\u00d7";
    var name = document.createElement("span");
    name.className = "visually-hidden";
    name.textContent = "Close the preview";
    button.appendChild(cross);
    button.appendChild(name);
    return button;
  }

  function fillWithNote(marker) {
    var note = noteFor(marker);
    if (!note) return false;
    box.setAttribute("dir", note.getAttribute("dir") || "ltr");
    var number = note.querySelector(".note-label");
    var text = note.querySelector(".note-text");
    var name = "Note " + (number ? number.textContent.replace(/\.$/, "") : "");
    box.appendChild(label(name));
    var body = document.createElement("span");
    body.className = "popover-body";
    if (text) {
      Array.prototype.forEach.call(text.childNodes, function (node) { body.appendChild(node.cloneNode(true)); });
    }
    box.appendChild(body);
    var extra = note.querySelector(".note-extra");
    if (extra) box.appendChild(extra.cloneNode(true));
    box.appendChild(jump(marker.getAttribute("href"), "Go to " + name.toLowerCase() + " among the notes"));
    return true;
  }

  function fillWithDefinition(mention) {
    var definition = mention.getAttribute("data-definition");
    if (!definition) return false;
    var folder = (mention.getAttribute("href") || "").split("/")[1];
    var name = mention.getAttribute("data-name") || mention.textContent;
    box.setAttribute("dir", "ltr");
    box.appendChild(label((KINDS[folder] || "Entry") + ": " + name));
    var body = document.createElement("span");
    body.className = "popover-body";
    body.textContent = definition;
    box.appendChild(body);
    box.appendChild(jump(mention.getAttribute("href"), "Open the page on \u201c" + name + "\u201d"));
    return true;
  }

  // The preview follows the marker in the document (after the note marker's <sup>), so that Tab
  // moves from the marker into the preview and on to the rest of the paragraph.
  function open(marker, how) {
    cancelHide();
    cancelShow();
    ensureBox();
    if (current !== marker || box.hidden) {
      box.textContent = "";
      // The preview stands inside the paragraph, whose text may be in another language and
      // direction; what it shows is the site's words and a note as the notes show it.
      box.setAttribute("lang", document.documentElement.lang || "en");
      box.appendChild(closeButton());
      var isMention = marker.classList.contains("mention");
      if (!(isMention ? fillWithDefinition(marker) : fillWithNote(marker))) return;
      if (current && current !== marker) current.setAttribute("aria-expanded", "false");
      current = marker;
      (marker.closest("sup.noteref") || marker).insertAdjacentElement("afterend", box);
      marker.setAttribute("aria-expanded", "true");
      box.hidden = false;
      pinned = false;
    }
    pinned = pinned || how !== "hover";
    place();
    // Only as it opens: a resize (a phone's address bar as the page scrolls) must not scroll back.
    if (box.classList.contains("is-sheet")) keepAboveSheet(marker);
    if (how === "keyboard") box.focus();
  }

  function place() {
    var sheet = pinned && narrow.matches;
    box.classList.toggle("is-sheet", sheet);
    if (sheet) {
      box.style.left = "";
      box.style.top = "";
      return;
    }
    box.style.left = "0px";
    box.style.top = "0px";
    var origin = (box.offsetParent || document.body).getBoundingClientRect();
    var rect = current.getBoundingClientRect();
    var width = box.offsetWidth;
    var height = box.offsetHeight;
    var viewport = document.documentElement.clientWidth;
    var left = Math.max(8, Math.min(rect.left + rect.width / 2 - width / 2, viewport - width - 8));
    var top = rect.bottom + 6;
    if (rect.bottom + height + 16 > window.innerHeight && rect.top > height + 16) {
      top = rect.top - height - 6;
    }
    box.style.left = (left - origin.left) + "px";
    box.style.top = (top - origin.top) + "px";
  }

  // A sheet covers the bottom of the screen: the page is scrolled so that the marker it belongs to,
  // with its line, stays in view above it.
  function keepAboveSheet(marker) {
    var rect = marker.getBoundingClientRect();
    var room = window.innerHeight - box.offsetHeight - 12;
    if (rect.bottom > room) {
      window.scrollBy(0, Math.min(rect.bottom - room, rect.top - 12));
    } else if (rect.top < 0) {
      window.scrollBy(0, rect.top - 12);
    }
  }

  // Hides the preview; focus goes back to the marker when asked or when it was inside, unless the
  // reader is following a link within the page, which moves on from there.
  function close(returnFocus, following) {
    cancelHide();
    cancelShow();
    if (!box || box.hidden) return;
    var marker = current;
    var focusInside = box.contains(document.activeElement);
    box.hidden = true;
    pinned = false;
    current = null;
    if (marker) {
      marker.setAttribute("aria-expanded", "false");
      if (!following && (returnFocus || focusInside)) marker.focus();
    }
  }

  function scheduleShow(marker) {
    cancelShow();
    showTimer = window.setTimeout(function () { open(marker, "hover"); }, SHOW_DELAY_MS);
  }

  function cancelShow() {
    if (showTimer) window.clearTimeout(showTimer);
    showTimer = null;
  }

  function scheduleHide() {
    cancelHide();
    hideTimer = window.setTimeout(function () { if (!pinned) close(false); }, HIDE_DELAY_MS);
  }

  function cancelHide() {
    if (hideTimer) window.clearTimeout(hideTimer);
    hideTimer = null;
  }

  function enhance(marker) {
    marker.setAttribute("aria-haspopup", "dialog");
    marker.setAttribute("aria-expanded", "false");
    marker.addEventListener("pointerdown", function (event) { lastPointer = event.pointerType; });
    marker.addEventListener("pointerenter", function (event) {
      lastPointer = event.pointerType;
      if (event.pointerType === "mouse") scheduleShow(marker);
    });
    marker.addEventListener("pointerleave", function (event) {
      if (event.pointerType !== "mouse") return;
      cancelShow();
      if (!pinned) scheduleHide();
    });
    marker.addEventListener("click", function (event) {
      var byKeyboard = event.detail === 0;
      var byTouch = !byKeyboard && lastPointer !== "mouse";
      if (!byKeyboard && !byTouch) return;
      // A second tap on the marker whose preview is open follows the link, the sheet closed: a
      // note's link stays on this page, where the sheet would cover the note it leads to.
      if (byTouch && current === marker && pinned && !box.hidden) {
        close(false, true);
        return;
      }
      event.preventDefault();
      open(marker, byKeyboard ? "keyboard" : "tap");
    });
  }

  function start() {
    var markers = document.querySelectorAll("a[role='doc-noteref'], a.mention[data-definition]");
    if (!markers.length) return;
    Array.prototype.forEach.call(markers, enhance);
    document.addEventListener("pointerdown", function (event) {
      if (!box || box.hidden || !pinned) return;
      if (!box.contains(event.target) && !(current && current.contains(event.target))) close(false);
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && box && !box.hidden) {
        close(box.contains(document.activeElement) || document.activeElement === current);
      }
    });
    window.addEventListener("resize", function () { if (current && box && !box.hidden) place(); });
  }

  start();
})();

// The ¶ control at the end of each paragraph opens the paragraph's tools (permalink, Cite, related
// passages) below it, as a disclosure button; Escape or "Close" shuts them and returns to the
// control. Without this script the control is a link to the tools, which CSS shows as the target.
// A paragraph's citations live on a page of their own; opening the tools brings them in, in place
// of the link to that page.
(function () {
  "use strict";

  function loadCitations(panel) {
    var link = panel.querySelector(".tools-cite-link a");
    if (!link || panel.hasAttribute("data-citations") || !window.fetch || !window.DOMParser) return;
    panel.setAttribute("data-citations", "loading");
    fetch(link.getAttribute("href"), { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.text();
    }).then(function (html) {
      var page = new DOMParser().parseFromString(html, "text/html");
      var parts = page.querySelectorAll("main .cite-original, main .citations, main .citation-accessed");
      var holder = link.parentNode;
      if (!parts.length || !holder.parentNode) throw new Error("no citations on " + link.href);
      Array.prototype.forEach.call(parts, function (part) {
        var copy = document.importNode(part, true);
        Array.prototype.forEach.call(copy.querySelectorAll("button.copy-button"), function (button) { button.hidden = false; });
        holder.parentNode.insertBefore(copy, holder);
      });
      holder.parentNode.removeChild(holder);
      panel.setAttribute("data-citations", "loaded");
    }).catch(function () {
      // The link stays: it still leads to the citations.
      panel.removeAttribute("data-citations");
    });
  }

  function setOpen(control, panel, open) {
    if (open) loadCitations(panel);
    panel.classList.toggle("is-open", open);
    panel.classList.toggle("is-closed", !open);
    control.setAttribute("aria-expanded", open ? "true" : "false");
    if (!open && window.location.hash === "#" + panel.id) {
      // The tools were opened through their address; drop it so CSS stops showing them.
      history.replaceState(null, "", window.location.pathname + window.location.search);
    }
  }

  // Tools shown over the text by the address take their place in it at the reader's first key or
  // click (a tap), so that the links they covered come back into view before focus or a finger
  // reaches them (a move that follows the reader's own input, not one under a reader who is only
  // reading or scrolling, which fires no click); Escape, wherever focus is, closes them.
  function settleOnFirstInput(control, panel) {
    function settle(event) {
      document.removeEventListener("keydown", settle, true);
      document.removeEventListener("click", settle, true);
      if (panel.classList.contains("is-closed") || panel.classList.contains("is-open")) return;
      if (event.type === "keydown" && event.key === "Escape") {
        setOpen(control, panel, false);
        return;
      }
      panel.classList.add("is-open");
    }
    document.addEventListener("keydown", settle, true);
    document.addEventListener("click", settle, true);
  }

  // The control says what CSS shows for the address: tools the address names are shown over the
  // text (their citations are brought in only when the reader opens them, so that nothing moves
  // under a reader who has not asked). Followed at load and whenever the address changes (the
  // permalink inside the tools, a link to them, the address bar), so that one press always
  // switches what is seen.
  function followAddress(control, panel) {
    if (window.location.hash === "#" + panel.id) {
      panel.classList.remove("is-closed");
      control.setAttribute("aria-expanded", "true");
      settleOnFirstInput(control, panel);
    } else if (!panel.classList.contains("is-open")) {
      control.setAttribute("aria-expanded", "false");
    }
  }

  function enhance(control) {
    var panel = document.getElementById((control.getAttribute("href") || "").slice(1));
    if (!panel) return;
    control.setAttribute("role", "button");
    control.setAttribute("aria-controls", panel.id);
    followAddress(control, panel);
    function toggle(event) {
      event.preventDefault();
      setOpen(control, panel, control.getAttribute("aria-expanded") !== "true");
    }
    control.addEventListener("click", toggle);
    control.addEventListener("keydown", function (event) {
      if (event.key === " ") toggle(event);
      // Escape closes the tools from their control too, as from inside them; focus stays on the control.
      if (event.key === "Escape" && control.getAttribute("aria-expanded") === "true") setOpen(control, panel, false);
    });
    panel.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        setOpen(control, panel, false);
        control.focus();
      }
    });
    var closer = panel.querySelector(".tools-close a");
    if (closer) {
      closer.addEventListener("click", function (event) {
        event.preventDefault();
        setOpen(control, panel, false);
        control.focus();
      });
    }
  }

  var controls = document.querySelectorAll("a.para-control");
  Array.prototype.forEach.call(controls, enhance);
  window.addEventListener("hashchange", function () {
    Array.prototype.forEach.call(controls, function (control) {
      var panel = document.getElementById(control.getAttribute("aria-controls") || "");
      if (panel) followAddress(control, panel);
    });
  });
})();

// Contents beside the text: the entry of the section being read is marked (aria-current) as the
// reader scrolls: the last section whose heading has passed the top 30 % of the screen. Watched
// with IntersectionObservers, so scrolling never forces a layout. At the end of the page the last
// headings can never reach that line: there the section jumped to is marked if its heading is on
// the screen, else the last heading on it. Without this script the contents are a plain list of
// links.
(function () {
  "use strict";

  var toc = document.querySelector(".toc");
  if (!toc || !("IntersectionObserver" in window)) return;
  var entries = Array.prototype.map.call(toc.querySelectorAll("a[href^='#']"), function (link) {
    return { link: link, target: document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1))),
      passed: false, seen: false };
  }).filter(function (entry) { return entry.target; });
  if (!entries.length) return;
  var end = document.querySelector(".site-footer");
  var atEnd = false;

  function entryOf(element) {
    for (var i = 0; i < entries.length; i++) if (entries[i].target === element) return entries[i];
    return null;
  }

  function mark() {
    var active = null;
    entries.forEach(function (entry) { if (entry.passed) active = entry; });
    // A page that fits the screen, or one not scrolled yet, is read from its top.
    if (atEnd && window.scrollY > 0) {
      var jumped = entryOf(elementNamedByAddress());
      var lastSeen = null;
      entries.forEach(function (entry) { if (entry.seen) lastSeen = entry; });
      if (jumped && jumped.seen) active = jumped;
      else if (lastSeen) active = lastSeen;
    }
    entries.forEach(function (entry) {
      if (entry === active) entry.link.setAttribute("aria-current", "true");
      else entry.link.removeAttribute("aria-current");
    });
  }

  // The watched band runs from far above the page down to 30 % of the screen, so a heading that
  // passes the line is reported even when a jump carries it straight off the top.
  var passing = new IntersectionObserver(function (changes) {
    changes.forEach(function (change) {
      var entry = entryOf(change.target);
      if (entry) entry.passed = change.boundingClientRect.top <= change.rootBounds.bottom;
    });
    mark();
  }, { rootMargin: "100000px 0px -70% 0px", threshold: [0, 1] });
  // Which headings are on the screen, and whether the page's foot is: the end of the page reached.
  var onScreen = new IntersectionObserver(function (changes) {
    changes.forEach(function (change) {
      if (change.target === end) atEnd = change.isIntersecting;
      else {
        var entry = entryOf(change.target);
        if (entry) entry.seen = change.isIntersecting;
      }
    });
    mark();
  });
  entries.forEach(function (entry) { passing.observe(entry.target); onScreen.observe(entry.target); });
  if (end) onScreen.observe(end);
  window.addEventListener("hashchange", mark);
})();

// The reader's setting for mention links: underlined (the default) or plain, kept in this browser.
(function () {
  "use strict";

  var KEY = "concordance.mentionUnderlines";
  var box = document.getElementById("setting-mentions");
  // Only pages with such links need the setting (reading the browser's storage is not free).
  if (!box && !document.querySelector("a.mention")) return;
  var stored = null;
  try { stored = window.localStorage.getItem(KEY); } catch (e) { stored = null; }
  var on = stored !== "off";
  if (!on) document.documentElement.classList.add("mentions-plain");
  if (!box) return;
  box.checked = on;
  box.closest(".reading-setting").hidden = false;
  box.addEventListener("change", function () {
    document.documentElement.classList.toggle("mentions-plain", !box.checked);
    try { window.localStorage.setItem(KEY, box.checked ? "on" : "off"); } catch (e) { /* private mode: this page only */ }
  });
})();

// A printed copy says when it was printed, beside the page's address.
(function () {
  "use strict";

  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"];
  var spans = document.querySelectorAll(".print-date");
  if (!spans.length) return;
  // Written out by hand: the first use of the browser's date formatting costs a long task.
  function stamp() {
    var now = new Date();
    var day = now.getDate() + " " + MONTHS[now.getMonth()] + " " + now.getFullYear();
    Array.prototype.forEach.call(spans, function (span) { span.textContent = " on " + day; });
  }
  stamp();
  window.addEventListener("beforeprint", stamp);
})();

// Arriving from a related passage (?mark=…#p-N): the words the two passages share are marked in the
// paragraph, and the first is brought into view.
(function () {
  "use strict";

  var marks = new URLSearchParams(window.location.search).getAll("mark").filter(function (m) { return m.trim().length > 1; });
  if (!marks.length || !window.location.hash) return;
  var target = elementNamedByAddress();
  if (!target) return;

  var phrases = marks.slice(0, 10).map(function (m) { return foldForMatching(m.trim()).text; });
  var walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT, null);
  var nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  var first = null;
  nodes.forEach(function (node) {
    if (node.parentElement && node.parentElement.closest(".visually-hidden, .para-control, sup.noteref, mark")) return;
    var text = node.nodeValue;
    var folding = foldForMatching(text);
    var folded = folding.text;
    var hits = [];
    phrases.forEach(function (phrase) {
      for (var at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + phrase.length)) {
        var before = at === 0 ? "" : folded.charAt(at - 1);
        var after = folded.charAt(at + phrase.length);
        if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
        if (hits.some(function (h) { return at < h[1] && at + phrase.length > h[0]; })) continue;
        hits.push([at, at + phrase.length]);
      }
    });
    if (!hits.length) return;
    hits.sort(function (a, b) { return a[0] - b[0]; });
    hits = hits.map(function (hit) { return [folding.start(hit[0]), folding.end(hit[1])]; });
    var fragment = document.createDocumentFragment();
    var last = 0;
    hits.forEach(function (hit) {
      fragment.appendChild(document.createTextNode(text.slice(last, hit[0])));
      var mark = document.createElement("mark");
      mark.className = "related-hit";
      mark.textContent = text.slice(hit[0], hit[1]);
      fragment.appendChild(mark);
      if (!first) first = mark;
      last = hit[1];
    });
    fragment.appendChild(document.createTextNode(text.slice(last)));
    node.parentNode.replaceChild(fragment, node);
  });
  if (first) revealWhenLoaded(first);
})();

// Search suggestions: the header's search field becomes an ARIA 1.2 combobox listing completions
// from /api/suggest as the reader types. Arrow keys move through them, Enter opens one, Escape
// closes the list; without this script the field is a plain search form.
(function () {
  "use strict";

  function enhance(input) {
    var form = input.form;
    // The list and the status line exist only with this script: without it there is nothing to announce.
    var list = document.createElement("ul");
    list.id = input.getAttribute("data-suggest");
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Suggestions");
    list.hidden = true;
    input.insertAdjacentElement("afterend", list);
    input.setAttribute("aria-controls", list.id);
    var status = document.createElement("span");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    form.appendChild(status);
    var options = [];
    var active = -1;
    var timer = null;
    var lastQuery = "";

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function render(items) {
      // New suggestions replace the old ones: no option is chosen among them until the reader moves.
      list.textContent = "";
      options = items;
      active = -1;
      input.removeAttribute("aria-activedescendant");
      items.forEach(function (item, i) {
        var li = document.createElement("li");
        li.id = list.id + "-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.className = "suggestion";
        var label = document.createElement("span");
        label.className = "suggestion-label";
        label.textContent = item.label;
        li.appendChild(label);
        if (item.kind) {
          var kind = document.createElement("span");
          kind.className = "suggestion-kind";
          kind.textContent = item.kind;
          li.appendChild(kind);
        }
        li.addEventListener("mousedown", function (event) {
          event.preventDefault();
          choose(i);
        });
        list.appendChild(li);
      });
      if (items.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      } else {
        close();
      }
      if (status) status.textContent = items.length ? items.length + " suggestions" : "";
    }

    function move(to) {
      if (!options.length) return;
      active = (to + options.length) % options.length;
      Array.prototype.forEach.call(list.children, function (li, i) {
        li.setAttribute("aria-selected", i === active ? "true" : "false");
      });
      input.setAttribute("aria-activedescendant", list.children[active].id);
      list.children[active].scrollIntoView({ block: "nearest" });
    }

    function choose(i) {
      var item = options[i];
      if (!item) return;
      if (item.url) {
        window.location.href = item.url;
      } else {
        input.value = item.label;
        form.submit();
      }
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      if (query === lastQuery) return;
      lastQuery = query;
      if (query.length < 2) { render([]); return; }
      fetch("/api/suggest?q=" + encodeURIComponent(query), { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (body) { if (input.value.trim() === query) render(body.suggestions || []); })
        .catch(function () { render([]); });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, 120);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") {
        event.preventDefault();
        if (list.hidden && options.length) { list.hidden = false; input.setAttribute("aria-expanded", "true"); }
        move(active + 1);
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        move(active - 1);
      } else if (event.key === "Enter" && active >= 0 && !list.hidden) {
        event.preventDefault();
        choose(active);
      } else if (event.key === "Escape" && !list.hidden) {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener("blur", function () { window.setTimeout(close, 150); });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("input[data-suggest]"), enhance);
  }

  start();
})();

// Landing from a search result: the words searched for are marked in the paragraph or note the
// result pointed to (its address carries them as ?hl=…#p-N).
(function () {
  "use strict";

  // Scripts written without spaces between words (Chinese, Japanese, Thai and its neighbours): the
  // index takes a word there to be a character (Han, Hiragana) or a run of one script (Katakana,
  // Thai), so a term may begin and end anywhere in a run of letters, and marks itself alone.
  var UNSPACED = /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]$/u;
  // Where one character is a word (a Han character, a Korean syllable), a term of one character is
  // marked; one Latin letter, or a digit, is not (it would mark every word it begins).
  var ONE_CHARACTER_WORD = /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]$/u;

  // A term's words, punctuation at their edges dropped.
  function wordsOf(term) {
    return term.split(/\s+/).map(function (word) {
      return word.replace(/^[^\p{L}\p{N}\p{M}]+|[^\p{L}\p{N}\p{M}]+$/gu, "");
    }).filter(function (word) { return word.length; });
  }

  function markable(term) {
    var characters = Array.from(wordsOf(term).join(" "));
    return characters.length > 1 || (characters.length === 1 && ONE_CHARACTER_WORD.test(characters[0]));
  }

  // A term is a word or a phrase ("pooled" alliance): its words match with anything but letters and
  // digits between them. In a script written with spaces it begins a word and marks the whole word
  // ("alliance" marks "alliances"); in one written without, it stands anywhere and marks itself.
  function termPattern(term) {
    var words = wordsOf(term);
    var first = Array.from(words[0])[0], last = Array.from(words[words.length - 1]).pop();
    return (UNSPACED.test(first) ? "" : "(?:^|[^\\p{L}\\p{N}\\p{M}])")
      + words.map(function (word) { return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }).join("[^\\p{L}\\p{N}]+")
      + (UNSPACED.test(last) ? "" : "[\\p{L}\\p{N}\\p{M}'\u2019-]*");
  }

  // Marks the terms in root's text; returns the marks made.
  function highlight(root, terms) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, null);
    var nodes = [], marks = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    var alternatives = terms.filter(markable).map(termPattern);
    if (!alternatives.length) return marks;
    var pattern = new RegExp(alternatives.join("|"), "giu");
    nodes.forEach(function (node) {
      if (node.parentElement && node.parentElement.closest(".visually-hidden, .para-control, sup.noteref")) return;
      var text = node.nodeValue;
      var folding = foldForMatching(text);
      var match, last = 0, parts = [];
      pattern.lastIndex = 0;
      while ((match = pattern.exec(folding.text)) !== null) {
        // The character before a word, matched to tell that it begins there, is not marked.
        var start = folding.start(match.index + /^[^\p{L}\p{N}\p{M}]*/u.exec(match[0])[0].length);
        var end = folding.end(match.index + match[0].length);
        // A match beginning in the character the last one ended in (one folded to more, as "ﬁ"
        // to "fi") goes on that mark.
        if (start < last) {
          marks[marks.length - 1].textContent += text.slice(last, Math.max(last, end));
          last = Math.max(last, end);
          continue;
        }
        parts.push(document.createTextNode(text.slice(last, start)));
        var mark = document.createElement("mark");
        mark.className = "search-hit";
        mark.textContent = text.slice(start, end);
        parts.push(mark);
        marks.push(mark);
        last = end;
      }
      if (!parts.length) return;
      parts.push(document.createTextNode(text.slice(last)));
      var fragment = document.createDocumentFragment();
      parts.forEach(function (part) { fragment.appendChild(part); });
      node.parentNode.replaceChild(fragment, node);
    });
    return marks;
  }

  function start() {
    var params = new URLSearchParams(window.location.search);
    var terms = params.getAll("hl").map(function (t) { return foldForMatching(t).text; }).filter(markable).slice(0, 20);
    if (!terms.length || !window.location.hash) return;
    var target = elementNamedByAddress();
    if (!target) return;
    var marks = highlight(target, terms);
    // A phrase split by the page's markup (a link inside it) is marked word by word rather than not at all.
    var phrases = terms.filter(function (t) { return /\s/.test(t.trim()); });
    if (!marks.length && phrases.length) {
      marks = highlight(target, [].concat.apply([], terms.map(function (t) { return t.trim().split(/\s+/); })));
    }
    if (!marks.length) return;
    revealWhenLoaded(marks[0]);
  }

  start();
})();

// Citations: a copy button beside each citation ("Cite this", work pages) copies it, formatted and
// as plain text, and selects it, so Ctrl+C works too where the clipboard is not available. Without
// this script the buttons stay hidden and the citation is ordinary selectable text.
(function () {
  "use strict";

  function select(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function say(button, text) {
    // The status line sits right after its button, made on the first copy and reused after.
    var status = button.nextElementSibling;
    if (!status || !status.classList.contains("copy-status")) {
      status = document.createElement("span");
      status.className = "copy-status";
      status.setAttribute("role", "status");
      button.insertAdjacentElement("afterend", status);
    }
    status.textContent = text;
  }

  function copy(button) {
    var target = document.getElementById(button.getAttribute("data-copy"));
    if (!target) return;
    var text = target.textContent.replace(/\s+/g, " ").trim();
    select(target);
    if (navigator.clipboard && window.isSecureContext) {
      // With its italics (a title, a journal's name) for a word processor, as plain text for anything
      // else; plain text alone where a browser refuses the formatted copy.
      var formatted;
      try {
        formatted = window.ClipboardItem && navigator.clipboard.write
          ? navigator.clipboard.write([new ClipboardItem({
            "text/plain": new Blob([text], { type: "text/plain" }),
            "text/html": new Blob([target.innerHTML.replace(/<wbr>/g, "")], { type: "text/html" })
          })])
          : Promise.reject(new Error("no formatted copy"));
      } catch (e) {
        formatted = Promise.reject(e);
      }
      formatted.catch(function () { return navigator.clipboard.writeText(text); })
        .then(function () { say(button, "Copied"); }, function () { say(button, "Selected: press Ctrl+C to copy"); });
    } else {
      say(button, "Selected: press Ctrl+C to copy");
    }
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("button.copy-button[data-copy]"), function (button) {
      button.hidden = false;
    });
    // One listener for every button, those brought in later (a paragraph's citations) included.
    document.addEventListener("click", function (event) {
      var button = event.target.closest && event.target.closest("button.copy-button[data-copy]");
      if (button) copy(button);
    });
  }

  start();
})();

// The bibliography's filter box narrows the list as the reader types: every word typed must begin
// a word of the entry (authors, title, year, pages, the other names of what it names), folded as
// the server folds them. Submitting the form still asks the server.
(function () {
  "use strict";

  function fold(text) {
    // Apostrophes and ayn/hamza signs inside a word do not split it: "al-Qa‘ida" is "al qaida".
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/(\p{L})['\u2018\u2019\u02BC\u02BB\u02BF\u02BE`](?=\p{L})/gu, "$1")
      .toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }

  function start() {
    var input = document.getElementById("works-q");
    var list = document.getElementById("works-list");
    var count = document.getElementById("works-count");
    // A list of many pages is filtered by the server (the form), not on the page shown.
    if (!input || !list || !count || list.hasAttribute("data-paged")) return;
    var items = Array.prototype.slice.call(list.querySelectorAll("li[data-filter]"));
    var total = items.length;
    var timer = null;

    function apply() {
      var words = fold(input.value).split(" ").filter(function (w) { return w.length > 0; });
      var shown = 0;
      items.forEach(function (item) {
        var known = " " + item.getAttribute("data-filter") + " ";
        var match = words.every(function (w) { return known.indexOf(" " + w) >= 0; });
        item.hidden = !match;
        if (match) shown++;
      });
      count.textContent = words.length === 0 ? total + " works"
        : shown + " of " + total + " works match \u201c" + input.value.trim() + "\u201d";
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(apply, 80);
    });
  }

  start();
})();

// The header's section links scroll sideways on a narrow screen, where the last ones may stand past
// the edge: the section the page belongs to is brought into view, so the reader sees where they are.
(function () {
  "use strict";

  var strip = document.querySelector(".site-nav");
  var current = strip && strip.querySelector("a[aria-current='page']");
  if (!current || strip.scrollWidth <= strip.clientWidth) return;
  var item = current.getBoundingClientRect();
  var box = strip.getBoundingClientRect();
  // Past the edge by the shade's width too, which fades the strip's last pixels.
  var shade = 24;
  if (item.right > box.right - shade) strip.scrollLeft += item.right - box.right + shade;
})();

// The map scrolls sideways on a narrow screen. Chromium scrolls to a focused link only when none of
// it is in view, so a circle just inside the edge left its name beyond it: a focused
// organization's name is brought into view (with the room its CSS scroll-margin asks for).
(function () {
  "use strict";

  var scroller = document.querySelector(".network-scroll");
  if (!scroller) return;
  scroller.addEventListener("focusin", function (event) {
    var label = event.target.matches("a.node") ? event.target.querySelector("text") : null;
    if (label) label.scrollIntoView({ block: "nearest", inline: "nearest" });
  });
})();
