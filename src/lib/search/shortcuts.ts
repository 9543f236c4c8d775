// Keyboard shortcuts that open the search dialog: "/" (when not typing) and Ctrl+K / Cmd+K.

export interface ShortcutKeyEvent {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
}

/** What the event target is, as far as shortcuts care. */
export interface ShortcutTarget {
  tagName?: string;
  isContentEditable?: boolean;
  type?: string;
}

const textInputTypes = new Set([
  '',
  'text',
  'search',
  'email',
  'number',
  'password',
  'tel',
  'url',
  'date',
  'datetime-local',
  'month',
  'time',
  'week',
]);

/** True when keys typed at this target produce text (so "/" must not be taken over). */
export function isTypingTarget(target: ShortcutTarget | null | undefined): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return textInputTypes.has((target.type ?? '').toLowerCase());
  return false;
}

/** True when the key event should open search. */
export function isSearchShortcut(event: ShortcutKeyEvent, target: ShortcutTarget | null | undefined): boolean {
  if (event.isComposing) return false;
  const key = event.key.toLowerCase();
  if (key === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) return true;
  if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey) return !isTypingTarget(target);
  return false;
}

/** The shortcut hint shown on the search button: "⌘K" on Apple platforms, "Ctrl K" elsewhere. */
export function shortcutHint(platform: string): string {
  return /mac|iphone|ipad|ipod/i.test(platform) ? '⌘K' : 'Ctrl K';
}
