/* Progressive enhancement only: without JavaScript every page works, the main menu is simply always open
   (no-js.css, loaded in a <noscript>).
   On narrow screens the menu collapses behind a disclosure button (Enter/Space toggle it, Escape closes it and
   returns focus to the button). */
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.remove("no-js");
  root.classList.add("js");

  // A form sent back with errors: move focus to its error summary so it is read out and the fields are one
  // link away.
  var summary = document.querySelector(".form-errors[tabindex]");
  // After "load": scrolling to the URL's #feedback fragment would otherwise take the focus back.
  if (summary) window.addEventListener("load", function () { summary.focus(); });

  var toggle = document.querySelector(".main-nav__toggle");
  if (!toggle) return;
  var nav = toggle.closest(".main-nav");

  function setOpen(open) {
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
  }

  setOpen(false);
  toggle.addEventListener("click", function () {
    setOpen(toggle.getAttribute("aria-expanded") !== "true");
  });
  nav.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
      setOpen(false);
      toggle.focus();
    }
  });
})();
