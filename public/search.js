// Starts Pagefind's default search UI on the search page (an external file: no inline script under
// the CSP), and gives its input a proper accessible name in the page's language. A query written in
// another script than the page's language (Arabic on a French page, Latin letters on the Arabic
// page) shows links to the search of the languages written in that script, carrying the query;
// a ?q= in the address starts that search.
window.addEventListener("DOMContentLoaded", () => {
  var box = document.getElementById("search");
  if (!box || typeof window.PagefindUI !== "function") return;
  var ui = new window.PagefindUI({ element: "#search", showSubResults: true, showImages: false, autofocus: false });
  var label = box.getAttribute("data-label");
  var lang = box.getAttribute("data-lang");
  var elsewhere = document.querySelector("[data-search-elsewhere]");
  var ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
  var LATIN = /[A-Za-z\u00C0-\u024F]/;

  /** Which script the query is written in, or "" when it has no letters (digits only). */
  function scriptOf(query) {
    if (ARABIC.test(query)) return "arabic";
    return LATIN.test(query) ? "latin" : "";
  }

  function pointElsewhere(query) {
    if (!elsewhere) return;
    var script = scriptOf(query);
    var own = lang === "ar" ? "arabic" : "latin";
    var show = script !== "" && script !== own;
    var links = elsewhere.querySelectorAll("a[data-script]");
    for (var i = 0; i < links.length; i++) {
      var a = links[i];
      var fits = a.getAttribute("data-script") === script;
      a.hidden = !fits;
      var url = new URL(a.getAttribute("href"), location.href);
      url.searchParams.set("q", query);
      a.setAttribute("href", url.pathname + url.search);
    }
    elsewhere.hidden = !show;
  }

  function wire() {
    var input = box.querySelector("input");
    if (!input) return false;
    if (label) input.setAttribute("aria-label", label);
    input.addEventListener("input", () => {
      pointElsewhere(input.value.trim());
    });
    var q = new URLSearchParams(location.search).get("q");
    if (q) {
      ui.triggerSearch(q);
      pointElsewhere(q);
    }
    return true;
  }
  if (!wire()) {
    var observer = new MutationObserver(() => {
      if (wire()) observer.disconnect();
    });
    observer.observe(box, { childList: true, subtree: true });
  }
});
