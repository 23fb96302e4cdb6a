/* Embed URL flags, applied before first paint (a classic, blocking, external script: no inline code).
   Embeds are light by default (the page says data-theme="light"), as news pages around them are;
   ?theme=dark forces dark, ?theme=auto follows the reader's system setting;
   ?plain=1 shows the chart alone, for hosts that write their own title and credit. */
(() => {
  var q = new URLSearchParams(location.search),
    root = document.documentElement;
  var theme = q.get("theme");
  if (theme === "dark") root.setAttribute("data-theme", "dark");
  else if (theme === "auto") root.removeAttribute("data-theme");
  if (q.get("plain") === "1") root.setAttribute("data-plain", "");
})();
