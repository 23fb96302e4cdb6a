// The part of the theme script that must run before first paint: the reader's saved choice of
// light or dark. Pages inline it (a request for it would block rendering; the post-build CSP step
// hashes it, and vercel.json and docs/nginx-headers.conf carry that hash); public/theme.js, loaded
// with defer, does the rest (the theme buttons). Kept short and stable so its hash rarely changes.
// It also marks the page as scripted (data-js), so controls that need JavaScript, such as the
// theme buttons, take their room in the first paint instead of pushing the page down later (CLS).
// Once a page of the session has loaded the late font faces (sessionStorage "fonts", set by the
// after-paint loader), later pages add them here, from the cache, so they draw with them at once.
export const THEME_EARLY_SCRIPT =
  'var r=document.documentElement;r.setAttribute("data-js","");try{var t=localStorage.getItem("theme");if(t==="light"||t==="dark")r.setAttribute("data-theme",t)}catch(e){}' +
  'try{if(sessionStorage.getItem("fonts")&&window.FontFace){(r.getAttribute("data-late-fonts")||"").split(",").forEach(function(f){f=f.split("|");f[2]&&document.fonts.add(new FontFace(f[0],"url("+f[2]+")",{weight:f[1],display:"optional"}))});r.setAttribute("data-fonts","early")}}catch(e){}';
