// Before paint: the saved theme, and data-js (js-only controls lay out from the first paint). Then the theme control.
(function () {
  var root = document.documentElement;
  root.setAttribute('data-js', '');
  var saved = null;
  try {
    saved = localStorage.getItem('theme');
  } catch {
    /* storage off: follow the system */
  }
  if (saved === 'light' || saved === 'dark') root.setAttribute('data-theme', saved);
  var media = window.matchMedia('(prefers-color-scheme: dark)');
  function system() {
    return media.matches ? 'dark' : 'light';
  }
  function choice() {
    return root.getAttribute('data-theme') || 'system';
  }
  // system -> the scheme not showing -> the other -> system.
  function next(current) {
    var shown = system();
    if (current === 'system') return shown === 'dark' ? 'light' : 'dark';
    return current === shown ? 'system' : shown;
  }
  var names = { system: 'follows the system', light: 'light', dark: 'dark' };
  function sync(button) {
    var current = choice();
    var detail = current === 'system' ? names.system + ' (' + system() + ')' : names[current];
    button.setAttribute('data-theme-choice', current);
    button.setAttribute('aria-label', 'Theme: ' + detail + '. Change theme');
    button.title = 'Theme: ' + detail + '. Next: ' + names[next(current)];
  }
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('theme-toggle');
    if (!button) return;
    sync(button);
    if (media.addEventListener)
      media.addEventListener('change', function () {
        sync(button);
      });
    button.addEventListener('click', function () {
      var value = next(choice());
      if (value === 'system') root.removeAttribute('data-theme');
      else root.setAttribute('data-theme', value);
      try {
        if (value === 'system') localStorage.removeItem('theme');
        else localStorage.setItem('theme', value);
      } catch {
        /* storage off: the choice lasts for this page */
      }
      sync(button);
    });
  });
})();
