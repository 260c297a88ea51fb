// Run before the page's body is parsed (a plain script in the head of
// index.html): says whether the first view the build rendered into the page
// (src/prerender.rs) is what the widget will render first here. It is when
// the page is not in a frame (a framed page sizes to its content), the
// address holds no options and no view, and nothing is saved: then the
// widget starts from the defaults the build used. Only then does page.css
// show that picture; otherwise the page says "Loading Parallax…" until the
// widget runs, so the reader never sees the view change under them.
(() => {
  // The keys src/storage.rs keeps the full page's choices under.
  const saved = ["hidden-outlets", "theme", "imports", "review"];
  try {
    const defaults =
      window.parent === window &&
      location.search === "" &&
      (location.hash === "" || location.hash === "#/") &&
      saved.every((key) => localStorage.getItem(`parallax.${key}`) === null);
    if (defaults) document.documentElement.setAttribute("data-parallax-first-view", "");
  } catch {
    // Storage refused: the widget will show a notice the picture lacks.
  }
})();
