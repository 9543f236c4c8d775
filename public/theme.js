// Applies the saved theme before paint and wires the toggle. Runs without modules so it blocks paint briefly.
// Also sets data-js on <html>: controls that need JavaScript (class js-only) are then laid out from the first paint.
(function () {
  var root = document.documentElement;
  root.setAttribute('data-js', '');
  var saved = null;
  try { saved = localStorage.getItem('theme'); } catch (e) {}
  if (saved === 'light' || saved === 'dark') root.setAttribute('data-theme', saved);
  function current() {
    var explicit = root.getAttribute('data-theme');
    if (explicit) return explicit;
    return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  function sync(button) {
    var dark = current() === 'dark';
    button.setAttribute('aria-pressed', String(dark));
  }
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('theme-toggle');
    if (!button) return;
    sync(button);
    button.addEventListener('click', function () {
      var next = current() === 'dark' ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try { localStorage.setItem('theme', next); } catch (e) {}
      sync(button);
    });
  });
})();
