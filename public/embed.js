/* Resizes iframes of our embeds on any host page: add once, no inline script needed.
   Accepts only {type:"feuille-embed:height",id,height} from the window of an iframe whose src
   has the same origin as the message and whose path names the same embed id. */
((w) => {
  if (w.__feuilleEmbed) return;
  w.__feuilleEmbed = 1;
  w.addEventListener("message", (e) => {
    var d = e.data;
    if (!d || d.type !== "feuille-embed:height" || typeof d.height !== "number" || !(d.height > 0)) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow !== e.source) continue;
      var src;
      try {
        src = new URL(f.src, location.href);
      } catch (x) {
        return;
      }
      if (src.origin !== e.origin) return;
      if (src.pathname.indexOf("/embed/" + d.id + "/") < 0) return;
      f.style.height = Math.min(Math.ceil(d.height), 20000) + "px";
      f.setAttribute("height", String(Math.ceil(d.height)));
      return;
    }
  });
})(window);
