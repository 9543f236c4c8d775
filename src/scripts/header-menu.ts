// The "Menu" button that folds the main nav on small screens (see .nav-toggle in global.css). Escape or a click
// elsewhere closes it; on wide screens the button is hidden and the links always show.
const toggle = document.getElementById('nav-toggle');
const list = document.getElementById('nav-list');

if (toggle instanceof HTMLButtonElement && list) {
  const setOpen = (open: boolean) => toggle.setAttribute('aria-expanded', String(open));
  toggle.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || toggle.getAttribute('aria-expanded') !== 'true') return;
    setOpen(false);
    if (list.contains(document.activeElement)) toggle.focus();
  });
  document.addEventListener('click', (event) => {
    const target = event.target as Node | null;
    if (target && !toggle.contains(target) && !list.contains(target)) setOpen(false);
  });
}
