import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

const articlePath = '/articles/egress/';
const sectionId = 'linkerd-egress';
const sectionTitle = 'Linkerd egress';

/** The targeted element's top is below the sticky header's bottom (not hidden under it) and on screen. */
async function expectClearOfHeader(page: Page, selector: string) {
  const target = page.locator(selector);
  await expect(target).toBeInViewport();
  const [headerBottom, targetTop] = await page.evaluate((sel) => {
    const header = document.querySelector('header[role="banner"]')!.getBoundingClientRect();
    const element = document.querySelector(sel)!.getBoundingClientRect();
    return [header.bottom, element.top];
  }, selector);
  expect(targetTop).toBeGreaterThanOrEqual(headerBottom);
  expect(targetTop).toBeLessThan(page.viewportSize()!.height / 2);
}

for (const viewport of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: '360 px phone', width: 360, height: 740 },
]) {
  test.describe(`deep links on ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('an article section link opens scrolled to the highlighted heading, clear of the header', async ({ page }) => {
      await page.goto(`${articlePath}#${sectionId}`);
      await expectClearOfHeader(page, `#${sectionId}`);
      const heading = page.getByRole('heading', { name: sectionTitle, level: 2 });
      await expect(heading).toHaveAttribute('id', sectionId);
      const [targeted, background, highlight] = await heading.evaluate((el) => [
        el.matches(':target'),
        getComputedStyle(el).backgroundColor,
        getComputedStyle(document.documentElement).getPropertyValue('--highlight').trim(),
      ]);
      expect(targeted).toBe(true);
      expect(background).not.toBe('rgba(0, 0, 0, 0)');
      expect(highlight).not.toBe('');
    });

    test('a link to an entry of the sources page lands clear of the header', async ({ page }) => {
      await page.goto('/sources/');
      const id = await page.locator('main [id]:not(h1):not(h2)').evaluateAll((els) =>
        els
          .map((el) => el.id)
          .filter((id) => id !== 'main')
          .at(-5),
      );
      expect(id).toBeTruthy();
      await page.goto(`/sources/#${id}`);
      await expectClearOfHeader(page, `[id="${id}"]`);
    });
  });
}

test('every article heading has a "#" link to itself with an accessible name', async ({ page }) => {
  await page.goto(articlePath);
  const headings = page.locator('article .heading-wrapper > :is(h2, h3, h4)');
  const count = await headings.count();
  expect(count).toBeGreaterThan(2);
  for (let i = 0; i < count; i += 1) {
    const heading = headings.nth(i);
    const id = await heading.getAttribute('id');
    const text = (await heading.textContent())!.replace(/\s+/g, ' ').trim();
    const anchor = page.getByRole('link', { name: `Link to section: ${text}`, exact: true });
    await expect(anchor).toHaveAttribute('href', `#${id}`);
  }
  // The heading's own accessible name stays just its text.
  await expect(page.getByRole('heading', { name: sectionTitle, exact: true })).toHaveCount(1);
});

test('the "#" link is reachable by keyboard, becomes visible on focus and updates the URL', async ({ page }) => {
  await page.goto(articlePath);
  const anchor = page.getByRole('link', { name: `Link to section: ${sectionTitle}` });
  await anchor.focus();
  await expect(anchor).toHaveCSS('opacity', '1');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${articlePath}#${sectionId}$`));
  await expectClearOfHeader(page, `#${sectionId}`);
});

test.describe('copy link', () => {
  test('copies the absolute section URL and says so', async ({ page, browserName, context, baseURL }) => {
    if (browserName === 'chromium') {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    } else {
      // Firefox does not let a test read the clipboard: record what the page writes instead.
      await page.addInitScript(() => {
        const written: string[] = [];
        Object.defineProperty(window, '__copied', { value: written });
        Object.defineProperty(navigator.clipboard, 'writeText', {
          value: async (text: string) => {
            written.push(text);
          },
        });
      });
    }
    await page.goto(`${articlePath}?utm=x`);
    const button = page.getByRole('button', { name: `Copy link to section: ${sectionTitle}` });
    await button.click();
    const expected = `${baseURL}${articlePath}#${sectionId}`;
    const copied =
      browserName === 'chromium'
        ? await page.evaluate(() => navigator.clipboard.readText())
        : await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied.at(-1));
    expect(copied).toBe(expected);
    await expect(button.locator('xpath=following-sibling::*[1]')).toHaveText('Link copied');
    await expect(button.locator('xpath=following-sibling::*[1]')).toBeVisible();
    await expect(page.locator('#copy-link-status')).toHaveText(`Link to section “${sectionTitle}” copied to the clipboard.`);
    await expect(page.locator('#copy-link-status')).toHaveAttribute('aria-live', 'polite');
  });

  test('says when copying fails instead of failing silently', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator.clipboard, 'writeText', { value: () => Promise.reject(new Error('denied')) });
    });
    await page.goto(articlePath);
    const button = page.getByRole('button', { name: `Copy link to section: ${sectionTitle}` });
    await button.click();
    await expect(button.locator('xpath=following-sibling::*[1]')).toHaveText(/Copy failed/);
    await expect(page.locator('#copy-link-status')).toHaveText(/Could not copy the link/);
  });

  test('no accessibility violations with the copy buttons and a copied message', async ({ page }) => {
    test.slow(); // axe takes a while on a long page
    await page.addInitScript(() => {
      Object.defineProperty(navigator.clipboard, 'writeText', { value: async () => undefined });
    });
    await page.goto(`${articlePath}#${sectionId}`);
    await page.getByRole('button', { name: `Copy link to section: ${sectionTitle}` }).click();
    await expect(page.getByText('Link copied')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('without JavaScript', () => {
  // Blocking every script file works in both browsers (Firefox over WebDriver BiDi ignores
  // javaScriptEnabled: false); the site has no inline scripts, so this is the no-JS page.
  test.beforeEach(async ({ page }) => {
    await page.route('**/*.js', (route) => route.abort());
  });

  test('section links work and no copy buttons are shown', async ({ page }) => {
    await page.goto(`${articlePath}#${sectionId}`);
    await expect(page.locator('#' + sectionId)).toBeInViewport();
    await expect(page.locator('button.copy-link')).toHaveCount(0);
    await expect(page.getByRole('link', { name: `Link to section: ${sectionTitle}` })).toBeVisible();
  });
});
