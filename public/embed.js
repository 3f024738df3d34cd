/* Dalil embed script (issue #8). Documentation: docs/embedding.md.
 *
 * The build also ships this file as embed-<hash>.js, with its integrity value
 * in embed.json (crates/site), so a host page can pin the exact bytes.
 *
 * Turns each <div data-dalil-embed data-authority="..."> on the host page into
 * an <iframe> of Dalil's /embed page, and sizes that iframe to its content.
 *
 * Security: it accepts only messages whose origin is Dalil's (the origin this
 * script was loaded from) AND whose source is one of the iframes it created,
 * and only the documented shapes:
 *   {type: "dalil:resize", height: <number>}   -> sets that iframe's height
 *   {type: "dalil:navigated"}                  -> scrolls that iframe's top into view
 * Dalil posts them to this page's origin only (the parent_origin parameter).
 * The script sends nothing to the embed, and the embed listens to nothing.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var DALIL = new URL(script.src).origin;
  var MAX_HEIGHT = 100000;
  var frames = [];

  // Settings: data-* attributes first, then the CSS custom properties
  // --dalil-brand and --dalil-font on the element. Dalil validates them all.
  function setting(el, name) {
    var value = el.getAttribute("data-" + name);
    if (value === null || value === "") {
      value = getComputedStyle(el).getPropertyValue("--dalil-" + name);
    }
    return (value || "").trim();
  }

  function mount(el) {
    if (el.getAttribute("data-dalil-mounted") === "true") return;
    el.setAttribute("data-dalil-mounted", "true");
    var lang = setting(el, "lang") || (document.documentElement.lang === "en" ? "en" : "ar");
    var params = new URLSearchParams();
    params.set("authority", setting(el, "authority"));
    params.set("lang", lang);
    var brand = setting(el, "brand").replace(/^#/, "");
    if (brand) params.set("brand", brand);
    var font = setting(el, "font");
    if (font) params.set("font", font);
    params.set("parent_origin", window.location.origin);

    var iframe = document.createElement("iframe");
    iframe.src = DALIL + "/embed?" + params.toString();
    iframe.title = el.getAttribute("data-title") ||
      (lang === "en" ? "Government services guide (Dalil)" : "دليل الخدمات الحكومية");
    // Dalil needs scripts, its own storage (language, checklists) and new
    // tabs for links to e-services; it may not navigate this page.
    iframe.setAttribute("sandbox",
      "allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox");
    iframe.style.display = "block";
    iframe.style.width = "100%";
    iframe.style.height = (el.getAttribute("data-height") || "600") + "px";
    iframe.style.border = "0";
    el.replaceChildren(iframe);
    frames.push(iframe);
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== DALIL) return;
    var iframe = null;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) iframe = frames[i];
    }
    if (!iframe) return;
    var data = event.data;
    if (!data || typeof data !== "object") return;
    if (data.type === "dalil:resize") {
      var h = data.height;
      if (typeof h !== "number" || !isFinite(h) || h <= 0 || h > MAX_HEIGHT) return;
      iframe.style.height = Math.ceil(h) + "px";
    } else if (data.type === "dalil:navigated") {
      if (iframe.getBoundingClientRect().top < 0) iframe.scrollIntoView({ block: "start" });
    }
  });

  function mountAll() {
    var found = document.querySelectorAll("[data-dalil-embed]");
    for (var i = 0; i < found.length; i++) mount(found[i]);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mountAll);
  } else {
    mountAll();
  }
})();
