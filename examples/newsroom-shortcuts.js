// The Harbour Ledger's keyboard shortcuts (an invented site), written the way
// many news sites write them: one listener on `document`, which leaves alone
// keys typed into a text field *as it sees them* (event.target) and treats the
// rest as commands. Key events from inside a shadow root reach it retargeted
// to the <parallax-reader> element, so it cannot see that the reader is
// typing: the widget keeps such keys to itself.
(() => {
  const search = document.getElementById("site-search");
  const number = document.getElementById("story-number");
  const typing = (target) =>
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable);

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (typing(event.target)) return;
    switch (event.key) {
      case "s":
      case "/":
        event.preventDefault();
        search.focus();
        break;
      case "ArrowRight":
      case "j":
        number.value = String(Math.min(12, Number(number.value) + 1));
        break;
      case "ArrowLeft":
      case "k":
        number.value = String(Math.max(1, Number(number.value) - 1));
        break;
      default:
    }
  });
})();
