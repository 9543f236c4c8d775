import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

const articlePath = '/articles/egress/';

/** Opens search with the button, types a query and waits for the results status. */
async function search(page: Page, query: string) {
  const dialog = page.getByRole('dialog', { name: 'Search' });
  if (!(await dialog.isVisible())) await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(dialog).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search articles, features and sources' }).fill(query);
  // The first search loads the index; allow for a slow, shared test machine.
  const quoted = `for “${query.trim()}”.`;
  await expect(page.locator('#search-status')).toContainText(quoted, { timeout: 20_000 });
  return dialog;
}

const firstHit = (page: Page) => page.locator('#search-results > li.search-hit').first();

test.describe('search', () => {
  test('ships no search code or index until the dialog opens', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(articlePath);
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeVisible();
    const searchFiles = (paths: string[]) => paths.filter((path) => path.includes('/pagefind/') || /\/search-ui\.[^/]*\.js$/.test(path));
    expect(searchFiles(requests)).toEqual([]);

    await search(page, 'egress');
    // The same patterns now match, so the check above could have failed.
    expect(requests.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(requests.some((path) => /\/search-ui\.[^/]*\.js$/.test(path))).toBe(true);
  });

  // Expected first results follow the ranking in src/lib/search/results.ts: pages whose title has the
  // query come first (articles before feature pages), then pages with a matching section heading.
  const expectations = [
    { query: 'egress', first: '/articles/egress/', why: 'the Egress control article' },
    { query: 'SPIFFE', first: '/features/spiffe-identity/', why: 'the “SPIFFE identities and SPIRE” feature' },
    { query: 'ztunnel', first: '/articles/resource-overhead/', section: '#ztunnel', why: 'the article with a “ztunnel” section' },
    { query: 'rate limit', first: '/features/local-rate-limiting/', why: 'the “Local rate limiting” feature' },
    { query: 'trust anchor', first: '/features/trust-anchor-rotation/', why: 'the “Root CA and trust-anchor rotation” feature' },
  ];
  for (const { query, first, section, why } of expectations) {
    test(`“${query}” finds ${why} first`, async ({ page }) => {
      await page.goto('/');
      await search(page, query);
      await expect(page.locator('#search-status')).toHaveText(new RegExp(`^\\d+ results? for “${query}”\\.$`));
      await expect(firstHit(page).locator('a.search-hit-link')).toHaveAttribute('href', first);
      if (section) await expect(firstHit(page).locator('a.search-section-link').first()).toHaveAttribute('href', `${first}${section}`);
    });
  }

  // The practitioner articles answer these questions; each query finds its article among the first results.
  const practitioner = [
    { query: 'troubleshoot', article: '/articles/troubleshooting/' },
    { query: 'upgrade', article: '/articles/upgrades/' },
    { query: 'verify', article: '/articles/verify-it-works/' },
    { query: 'managed', article: '/articles/managed-offerings/' },
    { query: 'agent', article: '/articles/ai-workloads/' },
  ];
  for (const { query, article } of practitioner) {
    test(`“${query}” finds ${article} among the first results`, async ({ page }) => {
      await page.goto('/');
      await search(page, query);
      const hits = page.locator('#search-results > li.search-hit a.search-hit-link');
      await expect(hits.first()).toBeVisible();
      const firstHrefs = (await hits.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).slice(0, 3);
      expect(firstHrefs).toContain(article);
    });
  }

  test('a result with matching sections links to each section, and the link lands on it', async ({ page }) => {
    await page.goto('/');
    await search(page, 'trust anchor');
    const section = page.locator('a.search-section-link[href="/articles/mtls-identity/#linkerd-trust-anchor-and-issuer"]');
    await expect(section).toBeVisible();
    await expect(section.locator('.search-title')).toHaveText('Linkerd trust anchor and issuer');
    await expect(section.locator('mark').first()).toHaveText(/trust|anchor/i);
    await section.click();
    await expect(page).toHaveURL(/\/articles\/mtls-identity\/#linkerd-trust-anchor-and-issuer$/);
    await expect(page.getByRole('dialog', { name: 'Search' })).toBeHidden();
    await expect(page.locator('#linkerd-trust-anchor-and-issuer')).toBeInViewport();
  });

  test('a section of the current page is reachable from search without reloading', async ({ page }) => {
    await page.goto(articlePath);
    await search(page, 'Linkerd egress');
    const link = page.locator(`a.search-section-link[href="${articlePath}#linkerd-egress"]`);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${articlePath}#linkerd-egress$`));
    await expect(page.getByRole('dialog', { name: 'Search' })).toBeHidden();
    await expect(page.locator('#linkerd-egress')).toBeInViewport();
  });

  test('"/" and Ctrl+K open the dialog, Escape closes it and focus returns to the trigger', async ({ page }) => {
    await page.goto(articlePath);
    const dialog = page.getByRole('dialog', { name: 'Search' });
    const input = page.locator('#search-input');
    const trigger = page.getByRole('button', { name: 'Search', exact: true });
    await expect(trigger).toBeVisible();

    await page.keyboard.press('/');
    await expect(dialog).toBeVisible();
    await expect(input).toBeFocused();
    // "/" typed in the search field is text, not a shortcut.
    await page.keyboard.type('a/b');
    await expect(input).toHaveValue('a/b');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();

    // Nothing focused: Escape returns focus to the trigger.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+k');
    await expect(dialog).toBeVisible();
    await expect(input).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();

    // Opened from a focused link, focus goes back to that link.
    const tocLink = page.getByRole('link', { name: 'Link to section: Linkerd egress' });
    await tocLink.focus();
    await expect(tocLink).toBeFocused();
    await page.keyboard.press('Control+k');
    await expect(dialog).toBeVisible();
    await page.getByRole('button', { name: 'Close search' }).click();
    await expect(dialog).toBeHidden();
    await expect(tocLink).toBeFocused();
  });

  test('arrow keys move through results, Enter follows one', async ({ page }) => {
    await page.goto('/');
    await search(page, 'egress');
    const links = page.locator('#search-results a[data-search-link]');
    await expect(links.nth(2)).toBeVisible();
    const input = page.locator('#search-input');

    await page.keyboard.press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(input).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await expect(links.nth(1)).toBeFocused();
    const href = await links.nth(1).getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  test('Enter in the search field opens the first result', async ({ page }) => {
    await page.goto('/');
    await search(page, 'SPIFFE');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/features\/spiffe-identity\/$/);
  });

  test("Enter right after typing a new query opens that query's first result, not the previous one's", async ({ page }) => {
    await page.goto('/');
    const dialog = await search(page, 'egress');
    await expect(firstHit(page).locator('a.search-hit-link')).toHaveAttribute('href', '/articles/egress/');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    // Reopened, the previous query is selected: typing replaces it, and Enter follows at once.
    await page.keyboard.press('/');
    await expect(page.locator('#search-input')).toHaveValue('egress');
    await page.keyboard.type('SPIFFE');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/features\/spiffe-identity\/$/);
  });

  test('the page behind the open dialog does not scroll', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(articlePath);
    await search(page, 'egress');
    const before = await page.evaluate(() => window.scrollY);
    await page.mouse.move(20, 400); // over the backdrop
    await page.mouse.wheel(0, 1500);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflowY)).toBe('hidden');
    await page.keyboard.press('Escape');
    await page.mouse.wheel(0, 1500);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
  });

  test('results are clean: table cells are not glued, the home page does not outrank articles, feature sections are named', async ({
    page,
  }) => {
    await page.goto('/');
    await search(page, 'Linkerd');
    const hrefs = await page
      .locator('#search-results > li.search-hit > a.search-hit-link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).not.toContain('/');
    await search(page, 'sidecar');
    const excerpts = await page.locator('#search-results .search-excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    expect(excerpts.filter((text) => /\)(Yes|No|Partial|Istio|Linkerd)\b|\d(Istio|Linkerd)\b|(Yes|No)[A-Z]/.test(text))).toEqual([]);
    await search(page, 'SPIRE');
    const sectionTitles = await page.locator('a.search-hit-link[href="/features/spiffe-identity/"] ~ ul .search-title').allTextContents();
    expect(sectionTitles.length).toBeGreaterThan(0);
    expect(sectionTitles.filter((title) => title.trim() === '' || /#$/.test(title.trim()))).toEqual([]);
  });

  test('queries are shown as text and results are built without markup from the index', async ({ page }) => {
    await page.goto('/');
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await search(page, '<img src=x onerror=alert(1)>');
    await expect(page.locator('#search-status')).toHaveText(/^(No results|\d+ results?) for “<img src=x onerror=alert\(1\)>”\.$/);
    await search(page, 'Envoy');
    await expect(firstHit(page)).toBeVisible();
    const tags = await page
      .locator('#search-results *')
      .evaluateAll((nodes) => [...new Set(nodes.map((n) => n.tagName.toLowerCase()))].sort());
    expect(tags.filter((tag) => !['a', 'button', 'li', 'mark', 'span', 'ul'].includes(tag))).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  test('says so when the search index cannot be loaded', async ({ page }) => {
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto('/');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page.locator('#search-status')).toHaveText('Search is unavailable: the search index could not be loaded.', {
      timeout: 20_000,
    });
    await expect(page.locator('#search-results')).toBeEmpty();
  });

  test('"Show more" reveals further results and keeps the count', async ({ page }) => {
    await page.goto('/');
    await search(page, 'Linkerd');
    const status = await page.locator('#search-status').textContent();
    const total = Number(status?.match(/^(\d+)/)?.[1]);
    expect(total).toBeGreaterThan(8);
    await expect(page.locator('#search-results > li.search-hit')).toHaveCount(8);
    await page.getByRole('button', { name: /Show more results/ }).click();
    await expect(page.locator('#search-results > li.search-hit')).toHaveCount(Math.min(16, total));
    await expect(page.locator('#search-results > li.search-hit').nth(8).locator('a').first()).toBeFocused();
  });

  test('no accessibility violations with the dialog open and results shown', async ({ page }) => {
    test.slow(); // axe takes a while on a long page
    await page.goto(articlePath);
    await search(page, 'egress');
    await expect(firstHit(page)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('no accessibility violations with the dark theme and the dialog open', async ({ page }) => {
    test.slow();
    await page.goto(articlePath);
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await search(page, 'mTLS');
    await expect(firstHit(page)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the dialog fits a 360 px wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(articlePath);
    await search(page, 'egress');
    await expect(firstHit(page)).toBeVisible();
    const box = await page.getByRole('dialog', { name: 'Search' }).boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('without JavaScript', () => {
  // Blocking every script file works in both browsers (Firefox over WebDriver BiDi ignores
  // javaScriptEnabled: false); the site has no inline scripts, so this is the no-JS page.
  test.beforeEach(async ({ page }) => {
    await page.route('**/*.js', (route) => route.abort());
  });

  test('the search button stays hidden and the page works', async ({ page }) => {
    await page.goto(articlePath);
    await expect(page.locator('#search-open')).toBeHidden();
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Link to section: Linkerd egress' })).toHaveAttribute('href', '#linkerd-egress');
  });

  test('an index link stands in for search', async ({ page }) => {
    await page.goto(articlePath);
    const index = page.getByRole('link', { name: 'Index', exact: true });
    await expect(index).toBeVisible();
    await index.click();
    await expect(page).toHaveURL(/\/features\/$/);
    await expect(page.locator('a[href*="/features/egress-control/"]').first()).toBeVisible();
  });
});

test('with JavaScript the index link gives way to the search button', async ({ page }) => {
  await page.goto(articlePath);
  await expect(page.locator('#search-open')).toBeVisible();
  await expect(page.locator('.search-fallback')).toBeHidden();
});
