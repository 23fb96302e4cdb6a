// Theme: follows the system unless the reader chose light or dark, remembered in localStorage.
// Loaded after the first paint (src/views/pages/after-paint.ts), or with defer where a page has no
// loader; the saved choice is applied before paint by src/core/theme/early.ts, inlined in <head>.
(() => {
  var KEY = "theme";
  var root = document.documentElement;
  try {
    var saved = localStorage.getItem(KEY);
    if (saved === "light" || saved === "dark") root.setAttribute("data-theme", saved);
  } catch (e) {
    /* storage blocked: follow the system */
  }
  function setUp() {
    var box = document.querySelector("[data-theme-switch]");
    if (!box) return;
    var buttons = box.querySelectorAll("button[data-theme-value]");
    function sync() {
      var current = root.getAttribute("data-theme") || "system";
      for (var i = 0; i < buttons.length; i++) buttons[i].setAttribute("aria-pressed", String(buttons[i].getAttribute("data-theme-value") === current));
    }
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener("click", (event) => {
        var value = event.currentTarget.getAttribute("data-theme-value");
        try {
          if (value === "light" || value === "dark") {
            root.setAttribute("data-theme", value);
            localStorage.setItem(KEY, value);
          } else {
            root.removeAttribute("data-theme");
            localStorage.removeItem(KEY);
          }
        } catch (e) {
          /* choice applies to this page only */
        }
        sync();
      });
    }
    box.hidden = false;
    sync();
  }
  // After the first paint the document is parsed already: set up at once.
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
})();
