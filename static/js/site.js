// Concordance: progressive enhancements. Every page works without this file.
//
// Note previews: hovering or focusing a note marker shows the note beside it, as Wikipedia's
// reference previews do. Built to WCAG 1.4.13: the preview stays while the pointer is over the
// marker or the preview, Escape dismisses it, and it is tied to the marker with aria-describedby
// so screen readers announce the note. Without this script the marker is a plain link to the note.
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

  function show(marker) {
    cancelHide();
    if (currentMarker === marker && !popover.hidden) return;
    var note = noteFor(marker);
    if (!note) return;
    var box = ensurePopover();
    var label = note.querySelector(".note-label");
    var text = note.querySelector(".note-text");
    box.textContent = "";
    var heading = document.createElement("span");
    heading.className = "popover-label";
    heading.textContent = "Note " + (label ? label.textContent.replace(/\.$/, "") : "");
    box.appendChild(heading);
    var body = document.createElement("span");
    body.className = "popover-body";
    if (text) {
      Array.prototype.forEach.call(text.childNodes, function (node) { body.appendChild(node.cloneNode(true)); });
    }
    box.appendChild(body);
    var extra = note.querySelector(".note-extra");
    if (extra) box.appendChild(extra.cloneNode(true));
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
    var markers = document.querySelectorAll("a[role='doc-noteref']");
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

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", enhanceMarkers);
  } else {
    enhanceMarkers();
  }
})();
