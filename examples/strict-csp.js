// Mounting Parallax from code: mount(element, options) resolves to a handle
// with update(options) and destroy(). Options are strings, as the
// <parallax-reader> attributes are.
import { mount } from "../parallax-reader.js";

const slot = document.getElementById("widget");
const widget = await mount(slot, { view: "timeline" });

document.getElementById("dark").addEventListener("click", () => {
  widget.update({ view: "timeline", theme: "dark" });
});

document.getElementById("remove").addEventListener("click", () => {
  widget.destroy();
  const note = document.createElement("p");
  note.className = "host-note";
  note.textContent = "The widget was removed.";
  slot.replaceWith(note);
});
