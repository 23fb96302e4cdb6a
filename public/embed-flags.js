/* Embed URL flags, applied before first paint (a classic, blocking, external script: no inline code).
   ?theme=light|dark forces the colour theme (default: the reader's system setting);
   ?plain=1 shows the chart alone, for hosts that write their own title and credit. */
(function () {
  var q = new URLSearchParams(location.search), root = document.documentElement;
  var theme = q.get("theme");
  if (theme === "light" || theme === "dark") root.setAttribute("data-theme", theme);
  if (q.get("plain") === "1") root.setAttribute("data-plain", "");
})();
