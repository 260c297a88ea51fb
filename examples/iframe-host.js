// Sizes every <iframe data-parallax> to the height its page posts:
//   { type: "parallax:height", height: <CSS pixels> }
// Only messages from that frame's window and origin are taken.
window.addEventListener("message", (event) => {
  const data = event.data;
  if (!data || data.type !== "parallax:height" || !Number.isFinite(data.height)) return;
  for (const frame of document.querySelectorAll("iframe[data-parallax]")) {
    const origin = new URL(frame.src, location.href).origin;
    if (event.source === frame.contentWindow && event.origin === origin) {
      frame.style.height = `${Math.max(0, Math.ceil(data.height))}px`;
    }
  }
});
