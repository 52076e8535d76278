// Progressive enhancement only: every page works without JavaScript.
document.addEventListener("DOMContentLoaded", () => {
  // After a failed submit, move keyboard and screen-reader focus to the error summary.
  const summary = document.querySelector(".form-errors");
  if (summary) summary.focus();
});
