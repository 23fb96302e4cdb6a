// Runs inside every embed page: measures the content height with ResizeObserver and tells the
// host page, in every protocol hosts already listen for, each message carrying the embed id:
//  - Pym.js v1: "pymxPYMx<childId>xPYMxheightxPYMx<px>" (childId from pym's ?childId=, else the embed id)
//  - Datawrapper: {"datawrapper-height": {"<id>": px}}
//  - AMP amp-iframe: {sentinel: "amp", type: "embed-size", height: px}
//  - ours (public/embed.js): {type: "feuille-embed:height", id, height}
// Messages go to "*" because the host is unknown; they carry only a height. Nothing here acts
// on incoming messages except Pym's width ping, which only triggers a fresh height.

const root = document.querySelector<HTMLElement>("[data-embed-id]");

/** Sends the current height to the parent in every protocol. */
function announce(height: number, embedId: string, pymId: string): void {
  const parent = window.parent;
  if (!parent || parent === window) return;
  parent.postMessage(`pymxPYMx${pymId}xPYMxheightxPYMx${height}`, "*");
  parent.postMessage({ "datawrapper-height": { [embedId]: height } }, "*");
  parent.postMessage({ sentinel: "amp", type: "embed-size", height }, "*");
  parent.postMessage({ type: "feuille-embed:height", id: embedId, height }, "*");
}

if (root) {
  const embedId = root.dataset.embedId ?? "";
  const pymId = new URLSearchParams(location.search).get("childId") ?? embedId;
  let last = -1;
  const measure = () => {
    // The root is display:flow-root, so its box includes its children's margins.
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height !== last && height > 0) {
      last = height;
      announce(height, embedId, pymId);
    }
  };
  new ResizeObserver(measure).observe(root);
  window.addEventListener("load", measure);
  document.fonts?.ready.then(measure);
  window.addEventListener("message", (event) => {
    // Pym parents ping with the width after load and on resize: answer with the height again.
    if (event.source === window.parent && typeof event.data === "string" && event.data.startsWith(`pymxPYMx${pymId}xPYMxwidth`)) {
      last = -1;
      measure();
    }
  });
}
