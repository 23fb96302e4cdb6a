// Starts Pagefind's default search UI on the search page (an external file: no inline script under the CSP).
window.addEventListener("DOMContentLoaded", function () {
  var box = document.getElementById("search");
  if (!box || typeof window.PagefindUI !== "function") return;
  new window.PagefindUI({ element: "#search", showSubResults: true, showImages: false, autofocus: false });
});
