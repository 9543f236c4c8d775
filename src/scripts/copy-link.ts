// Progressive enhancement, site-wide (imported by the header, so it costs no extra request):
// - a "copy link" button after each "#" anchor of article headings (src/lib/markdown/heading-anchors.ts) and of
//   feature-page mesh sections (a.permalink); it copies the absolute section URL and shows "Link copied";
// - a "Copy" button on every code block, which copies the code and shows "Copied".
// Both announce the result in one polite live region. Text only (textContent, the clipboard API): no markup is
// parsed, so this works under a strict CSP with Trusted Types.
import { hashTarget, sectionUrl } from '../lib/search/section-url';

const svgNs = 'http://www.w3.org/2000/svg';

function copyIcon(): SVGSVGElement {
  const svg = document.createElementNS(svgNs, 'svg');
  for (const [name, value] of Object.entries({
    width: '16',
    height: '16',
    viewBox: '0 0 24 24',
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': '2',
    'stroke-linecap': 'round',
    'aria-hidden': 'true',
  })) {
    svg.setAttribute(name, value);
  }
  const back = document.createElementNS(svgNs, 'rect');
  for (const [name, value] of Object.entries({ x: '9', y: '9', width: '12', height: '12', rx: '2' })) back.setAttribute(name, value);
  const front = document.createElementNS(svgNs, 'path');
  front.setAttribute('d', 'M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1');
  svg.append(back, front);
  return svg;
}

type Announce = (message: string) => void;

function liveRegion(): Announce {
  const live = document.createElement('div');
  live.id = 'copy-link-status';
  live.className = 'sr-only';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  document.body.append(live);
  return (message: string) => {
    live.textContent = '';
    window.setTimeout(() => (live.textContent = message), 50);
  };
}

const textOf = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The section title a "#" anchor links to: the heading before it, or (feature pages) the heading it sits in. */
function anchorTitle(anchor: HTMLAnchorElement): string {
  if (anchor.classList.contains('permalink')) {
    const heading = anchor.closest('h2, h3, h4');
    const parts = heading
      ? [...heading.childNodes].filter(
          (node) =>
            node !== anchor &&
            !(node instanceof HTMLButtonElement) &&
            !(node instanceof HTMLElement && node.classList.contains('copy-link-done')),
        )
      : [];
    return parts
      .map((node) => node.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  }
  return textOf(anchor.previousElementSibling);
}

function enhance(anchors: HTMLAnchorElement[], announce: Announce) {
  for (const anchor of anchors) {
    const id = hashTarget(anchor.getAttribute('href') ?? '');
    const title = anchorTitle(anchor);
    if (!id || !title) continue;

    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-link';
    const label = document.createElement('span');
    label.className = 'sr-only';
    label.textContent = `Copy link to section: ${title}`;
    button.append(copyIcon(), label);

    const done = document.createElement('span');
    done.className = 'copy-link-done';
    done.setAttribute('aria-hidden', 'true');
    done.hidden = true;

    let hideTimer: number | undefined;
    button.addEventListener('click', async () => {
      const url = sectionUrl(window.location.href, id);
      let copied = true;
      try {
        await navigator.clipboard.writeText(url);
      } catch {
        copied = false;
      }
      done.textContent = copied ? 'Link copied' : 'Copy failed: use the # link';
      done.hidden = false;
      announce(
        copied
          ? `Link to section “${title}” copied to the clipboard.`
          : 'Could not copy the link. Use the # link next to the heading instead.',
      );
      window.clearTimeout(hideTimer);
      hideTimer = window.setTimeout(() => (done.hidden = true), 3000);
    });
    anchor.after(button, done);
  }
}

/** What a code block holds, for its button's name: "Istio example: <caption>" in a CompareCode pair, else "code". */
function codeName(pre: HTMLElement): string {
  const pair = pre.closest('[data-compare-code]');
  const mesh = pre.closest('[data-mesh]');
  if (pair && mesh)
    return `${textOf(mesh.querySelector('.mesh-text')) || mesh.getAttribute('data-mesh')} example: ${textOf(pair.querySelector('figcaption'))}`;
  return 'code';
}

function enhanceCode(blocks: HTMLPreElement[], announce: Announce) {
  for (const pre of blocks) {
    const wrapper = document.createElement('div');
    wrapper.className = 'code-block';
    pre.before(wrapper);
    wrapper.append(pre);
    const name = codeName(pre);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-code';
    // Visible word first, then what is copied for screen readers: the name always starts with the visible text.
    const word = document.createTextNode('Copy');
    const what = document.createElement('span');
    what.className = 'sr-only';
    what.textContent = ` ${name}`;
    button.append(word, what);
    let resetTimer: number | undefined;
    button.addEventListener('click', async () => {
      let copied = true;
      try {
        await navigator.clipboard.writeText((pre.textContent ?? '').replace(/\n$/, ''));
      } catch {
        copied = false;
      }
      word.data = copied ? 'Copied' : 'Copy failed';
      announce(copied ? `Copied ${name} to the clipboard.` : 'Could not copy: select the code and copy it instead.');
      window.clearTimeout(resetTimer);
      resetTimer = window.setTimeout(() => (word.data = 'Copy'), 2500);
    });
    wrapper.append(button);
  }
}

const anchors = [...document.querySelectorAll<HTMLAnchorElement>('.heading-wrapper > a.heading-anchor, :is(h2, h3, h4) > a.permalink')];
const codeBlocks = [...document.querySelectorAll<HTMLPreElement>('main pre')];
if ((anchors.length > 0 || codeBlocks.length > 0) && typeof navigator.clipboard?.writeText === 'function') {
  const announce = liveRegion();
  enhance(anchors, announce);
  enhanceCode(codeBlocks, announce);
}
