// Concordance: progressive enhancements. Every page works without this file. It is loaded with
// `defer`, so the document has been parsed by the time each part below starts.
//
// Previews: hovering or focusing a note marker shows the note beside it, as Wikipedia's reference
// previews do, and hovering or focusing a linked mention of a concept, organization or person shows
// its one-line definition. Built to WCAG 1.4.13: the preview stays while the pointer is over the
// link or the preview, Escape dismisses it, and it is tied to the link with aria-describedby so
// screen readers announce it. Without this script each is a plain link (to the note, or to the page).
(function () {
  "use strict";

  var HIDE_DELAY_MS = 250;
  var popover = null;
  var currentMarker = null;
  var hideTimer = null;

  function ensurePopover() {
    if (popover) return popover;
    popover = document.createElement("span");
    popover.id = "note-popover";
    popover.className = "note-popover";
    popover.setAttribute("role", "tooltip");
    popover.hidden = true;
    popover.addEventListener("mouseenter", cancelHide);
    popover.addEventListener("mouseleave", scheduleHide);
    popover.addEventListener("focusout", function (event) {
      if (!popover.contains(event.relatedTarget) && event.relatedTarget !== currentMarker) scheduleHide();
    });
    document.body.appendChild(popover);
    return popover;
  }

  function noteFor(marker) {
    var id = decodeURIComponent((marker.getAttribute("href") || "").slice(1));
    return id ? document.getElementById(id) : null;
  }

  var KINDS = { concepts: "Concept", organizations: "Organization", people: "Person" };

  function fillWithNote(box, marker) {
    var note = noteFor(marker);
    if (!note) return false;
    var label = note.querySelector(".note-label");
    var text = note.querySelector(".note-text");
    box.appendChild(popoverLabel("Note " + (label ? label.textContent.replace(/\.$/, "") : "")));
    var body = document.createElement("span");
    body.className = "popover-body";
    if (text) {
      Array.prototype.forEach.call(text.childNodes, function (node) { body.appendChild(node.cloneNode(true)); });
    }
    box.appendChild(body);
    var extra = note.querySelector(".note-extra");
    if (extra) box.appendChild(extra.cloneNode(true));
    return true;
  }

  function fillWithDefinition(box, mention) {
    var definition = mention.getAttribute("data-definition");
    if (!definition) return false;
    var folder = (mention.getAttribute("href") || "").split("/")[1];
    box.appendChild(popoverLabel((KINDS[folder] || "Entry") + ": " + mention.textContent));
    var body = document.createElement("span");
    body.className = "popover-body";
    body.textContent = definition;
    box.appendChild(body);
    return true;
  }

  function popoverLabel(text) {
    var heading = document.createElement("span");
    heading.className = "popover-label";
    heading.textContent = text;
    return heading;
  }

  function show(marker) {
    cancelHide();
    if (currentMarker === marker && popover && !popover.hidden) return;
    var box = ensurePopover();
    box.textContent = "";
    var isMention = marker.classList.contains("mention");
    if (!(isMention ? fillWithDefinition(box, marker) : fillWithNote(box, marker))) { hideCurrent(); return; }
    box.classList.toggle("definition-popover", isMention);
    hideCurrent();
    currentMarker = marker;
    marker.setAttribute("aria-describedby", box.id);
    marker.setAttribute("aria-expanded", "true");
    box.hidden = false;
    place(marker, box);
  }

  function place(marker, box) {
    var rect = marker.getBoundingClientRect();
    var width = box.offsetWidth;
    var viewport = document.documentElement.clientWidth;
    var left = Math.min(Math.max(8, rect.left + window.scrollX - width / 2), window.scrollX + viewport - width - 8);
    var top = rect.bottom + window.scrollY + 8;
    if (rect.bottom + box.offsetHeight + 16 > window.innerHeight && rect.top > box.offsetHeight + 16) {
      top = rect.top + window.scrollY - box.offsetHeight - 8;
    }
    box.style.left = Math.max(8, left) + "px";
    box.style.top = top + "px";
  }

  function hideCurrent() {
    if (currentMarker) {
      currentMarker.removeAttribute("aria-describedby");
      currentMarker.removeAttribute("aria-expanded");
    }
    if (popover) popover.hidden = true;
    currentMarker = null;
  }

  function scheduleHide() {
    cancelHide();
    hideTimer = window.setTimeout(hideCurrent, HIDE_DELAY_MS);
  }

  function cancelHide() {
    if (hideTimer) window.clearTimeout(hideTimer);
    hideTimer = null;
  }

  function enhanceMarkers() {
    var markers = document.querySelectorAll("a[role='doc-noteref'], a.mention[data-definition]");
    Array.prototype.forEach.call(markers, function (marker) {
      marker.addEventListener("mouseenter", function () { show(marker); });
      marker.addEventListener("mouseleave", scheduleHide);
      marker.addEventListener("focus", function () { show(marker); });
      marker.addEventListener("blur", function (event) {
        if (!popover || !popover.contains(event.relatedTarget)) scheduleHide();
      });
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && popover && !popover.hidden) {
        var marker = currentMarker;
        hideCurrent();
        if (marker && popover.contains(document.activeElement)) marker.focus();
      }
    });
    window.addEventListener("resize", function () { if (currentMarker && !popover.hidden) place(currentMarker, popover); });
  }

  enhanceMarkers();
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
      list.textContent = "";
      options = items;
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

  function fold(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[\u2018\u2019]/g, "'");
  }

  function highlight(root, terms) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, null);
    var nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    var pattern = new RegExp("(^|[^\\p{L}\\p{N}])(" + terms.map(function (t) {
      return t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    }).join("|") + ")[\\p{L}\\p{N}'\u2019-]*", "giu");
    nodes.forEach(function (node) {
      if (node.parentElement && node.parentElement.closest(".visually-hidden, .permalink, sup.noteref")) return;
      var text = node.nodeValue;
      var folded = fold(text);
      if (folded.length !== text.length) return;
      var match, last = 0, parts = [];
      pattern.lastIndex = 0;
      while ((match = pattern.exec(folded)) !== null) {
        var start = match.index + match[1].length;
        var end = match.index + match[0].length;
        parts.push(document.createTextNode(text.slice(last, start)));
        var mark = document.createElement("mark");
        mark.className = "search-hit";
        mark.textContent = text.slice(start, end);
        parts.push(mark);
        last = end;
      }
      if (!parts.length) return;
      parts.push(document.createTextNode(text.slice(last)));
      var fragment = document.createDocumentFragment();
      parts.forEach(function (part) { fragment.appendChild(part); });
      node.parentNode.replaceChild(fragment, node);
    });
  }

  function start() {
    var params = new URLSearchParams(window.location.search);
    var hl = params.get("hl");
    if (!hl || !window.location.hash) return;
    var target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    if (!target) return;
    var terms = hl.split(/\s+/).map(fold).filter(function (t) { return t.length > 1; }).slice(0, 20);
    if (terms.length) highlight(target, terms);
  }

  start();
})();

// Citations: a copy button beside each citation ("Cite this", work pages) copies its plain text
// and selects it, so Ctrl+C works too where the clipboard is not available. Without this script
// the buttons stay hidden and the citation is ordinary selectable text.
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
    var status = button.querySelector(".copy-status");
    if (!status) {
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
      navigator.clipboard.writeText(text).then(function () { say(button, "Copied"); },
        function () { say(button, "Selected: press Ctrl+C to copy"); });
    } else {
      say(button, "Selected: press Ctrl+C to copy");
    }
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("button.copy-button[data-copy]"), function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { copy(button); });
    });
  }

  start();
})();

// The bibliography's filter box narrows the list as the reader types: every word typed must begin
// a word of the entry (authors, title, year, pages). Submitting the form still asks the server.
(function () {
  "use strict";

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }

  function start() {
    var input = document.getElementById("works-q");
    var list = document.getElementById("works-list");
    var count = document.getElementById("works-count");
    if (!input || !list || !count) return;
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
