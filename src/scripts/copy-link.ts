// Progressive enhancement for article headings: a "copy link" button after each "#" anchor
// (see src/lib/markdown/heading-anchors.ts). Copies the absolute section URL, shows
// "Link copied" next to the button and announces it in a polite live region.
import { hashTarget, sectionUrl } from '../lib/search/section-url';

const svgNs = 'http://www.w3.org/2000/svg';

function copyIcon(): SVGSVGElement {
  const svg = document.createElementNS(svgNs, 'svg');
  for (const [name, value] of Object.entries({ width: '16', height: '16', viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', 'stroke-width': '2', 'stroke-linecap': 'round', 'aria-hidden': 'true' })) {
    svg.setAttribute(name, value);
  }
  const back = document.createElementNS(svgNs, 'rect');
  for (const [name, value] of Object.entries({ x: '9', y: '9', width: '12', height: '12', rx: '2' })) back.setAttribute(name, value);
  const front = document.createElementNS(svgNs, 'path');
  front.setAttribute('d', 'M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1');
  svg.append(back, front);
  return svg;
}

function enhance(anchors: HTMLAnchorElement[]) {
  const live = document.createElement('div');
  live.id = 'copy-link-status';
  live.className = 'sr-only';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  document.body.append(live);

  const announce = (message: string) => {
    live.textContent = '';
    window.setTimeout(() => (live.textContent = message), 50);
  };

  for (const anchor of anchors) {
    const id = hashTarget(anchor.getAttribute('href') ?? '');
    const heading = anchor.previousElementSibling;
    if (!id || !heading) continue;
    const title = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();

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
      announce(copied ? `Link to section “${title}” copied to the clipboard.` : 'Could not copy the link. Use the # link next to the heading instead.');
      window.clearTimeout(hideTimer);
      hideTimer = window.setTimeout(() => (done.hidden = true), 3000);
    });
    anchor.after(button, done);
  }
}

const anchors = [...document.querySelectorAll<HTMLAnchorElement>('.heading-wrapper > a.heading-anchor')];
if (anchors.length > 0 && typeof navigator.clipboard?.writeText === 'function') enhance(anchors);
