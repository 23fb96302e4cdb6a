// Starts Pagefind's default search UI on the search page (an external file: no inline script under
// the CSP), and gives its input a proper accessible name in the page's language.
window.addEventListener("DOMContentLoaded", function () {
  var box = document.getElementById("search");
  if (!box || typeof window.PagefindUI !== "function") return;
  new window.PagefindUI({ element: "#search", showSubResults: true, showImages: false, autofocus: false });
  var label = box.getAttribute("data-label");
  function name() {
    var input = box.querySelector("input");
    if (!input) return false;
    if (label) input.setAttribute("aria-label", label);
    return true;
  }
  if (!name()) {
    var observer = new MutationObserver(function () { if (name()) observer.disconnect(); });
    observer.observe(box, { childList: true, subtree: true });
  }
});
