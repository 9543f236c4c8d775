// Tiny script on every page: wires the search button (hiding it where dialogs are unsupported) and opens the dialog on click, "/" or
// Ctrl/Cmd+K. The search code (and the Pagefind index) is imported only when the dialog opens.
import { isSearchShortcut, shortcutHint } from '../lib/search/shortcuts';

const trigger = document.getElementById('search-open');
const dialog = document.getElementById('search-dialog');
const input = document.getElementById('search-input');

if (
  trigger instanceof HTMLButtonElement &&
  dialog instanceof HTMLDialogElement &&
  input instanceof HTMLInputElement &&
  typeof dialog.showModal === 'function'
) {
  let returnFocusTo: HTMLElement = trigger;
  let searchModule: Promise<unknown> | undefined;

  const hint = document.getElementById('search-shortcut-hint');
  const hintText = shortcutHint(navigator.platform || navigator.userAgent);
  if (hint && hint.textContent !== hintText) hint.textContent = hintText;

  const open = () => {
    if (dialog.open) {
      input.focus();
      return;
    }
    const active = document.activeElement;
    returnFocusTo = active instanceof HTMLElement && active !== document.body ? active : trigger;
    dialog.returnValue = '';
    dialog.showModal();
    input.focus();
    input.select();
    searchModule ??= import('./search-ui')
      .then((ui) => ui.attachSearch(dialog))
      .catch((error: unknown) => {
        searchModule = undefined;
        const status = document.getElementById('search-status');
        if (status) status.textContent = 'Search could not load. Check your connection and try again.';
        console.error(error);
      });
  };

  trigger.addEventListener('click', open);
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || !isSearchShortcut(event, event.target as HTMLElement | null)) return;
    event.preventDefault();
    open();
  });
  dialog.addEventListener('keydown', (event) => {
    // Escape always closes (a search field would otherwise swallow it to clear its text).
    if (event.key !== 'Escape' || event.isComposing) return;
    event.preventDefault();
    dialog.close();
  });
  dialog.addEventListener('close', () => {
    // A followed result navigates (maybe to a section of this page): leave focus and scroll alone.
    if (dialog.returnValue === 'navigate') return;
    const target = returnFocusTo.isConnected ? returnFocusTo : trigger;
    target.focus();
  });
} else if (trigger) {
  trigger.hidden = true;
}
