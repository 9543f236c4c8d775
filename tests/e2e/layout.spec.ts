import { expect, test } from '@playwright/test';

test('home page has navigation, skip link and meta description', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Istio and Linkerd/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /Mesh Compare/);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await skip.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test.use({ colorScheme: 'light' });

test('the theme control cycles system → dark → light → system, says which is on, and persists it', async ({ page }) => {
  await page.goto('/');
  const toggle = page.locator('#theme-toggle');
  const html = page.locator('html');
  await expect(toggle).toHaveAccessibleName(/^Theme: follows the system \(light\)/);
  await expect(html).not.toHaveAttribute('data-theme', /.+/);

  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAccessibleName(/^Theme: dark\b/);
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe('rgb(15, 20, 25)');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAccessibleName(/^Theme: dark\b/);

  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(toggle).toHaveAccessibleName(/^Theme: light\b/);

  // Back to following the system: no saved choice left.
  await toggle.click();
  await expect(html).not.toHaveAttribute('data-theme', /.+/);
  await expect(toggle).toHaveAccessibleName(/^Theme: follows the system/);
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
  await page.reload();
  await expect(html).not.toHaveAttribute('data-theme', /.+/);
});

test('unknown paths get the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('layout fits a 360 px wide screen without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/', '/articles/overview/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('on an article the skip link lands on the article, past the article list', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/articles/egress/');
  await expect(page.getByRole('navigation', { name: 'Articles' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await skip.press('Enter');
  await page.keyboard.press('Tab');
  const focusedIn = await page.evaluate(() => ({
    article: Boolean(document.activeElement?.closest('article')),
    sidebar: Boolean(document.activeElement?.closest('nav[aria-label="Articles"]')),
  }));
  expect(focusedIn).toEqual({ article: true, sidebar: false });
});

test('/articles/ and /features/ list every article and every feature', async ({ page }) => {
  const articles = await page.goto('/articles/');
  expect(articles?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles');
  expect(await page.locator('main a[href^="/articles/"][href$="/"]').count()).toBeGreaterThan(10);
  await page.locator('main a[href="/articles/egress/"]').click();
  await expect(page).toHaveURL(/\/articles\/egress\/$/);

  const features = await page.goto('/features/');
  expect(features?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Features');
  expect(await page.getByRole('heading', { level: 2 }).count()).toBeGreaterThan(3);
  await expect(page.locator('main a[href="/features/spiffe-identity/"]')).toBeVisible();
});

test('the header marks the current section', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const nav = page.getByRole('navigation', { name: 'Main' });
  const cases = [
    { path: '/articles/egress/', link: 'Compare', state: 'true' },
    { path: '/articles/', link: 'Compare', state: 'true' },
    { path: '/features/spiffe-identity/', link: 'Feature matrix', state: 'true' },
    { path: '/matrix/', link: 'Feature matrix', state: 'page' },
    { path: '/sources/', link: 'Sources', state: 'page' },
  ];
  for (const { path, link, state } of cases) {
    await page.goto(path);
    const current = nav.locator('a[aria-current]');
    await expect(current, path).toHaveCount(1);
    await expect(current, path).toHaveText(link);
    await expect(current, path).toHaveAttribute('aria-current', state);
    const weight = await current.evaluate((a) => Number(getComputedStyle(a).fontWeight));
    expect(weight, path).toBeGreaterThanOrEqual(600);
  }
  await page.goto('/');
  await expect(nav.locator('a[aria-current]')).toHaveCount(0);
});

test('the header is one row on a 375 px screen, with the links behind "Menu"', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/articles/overview/');
  const header = page.getByRole('banner');
  const box = (await header.boundingBox())!;
  expect(box.height).toBeLessThanOrEqual(60);
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Memory calculator' });
  await expect(link).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(link).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(link).toBeHidden();
  await menu.click();
  await link.click();
  await expect(page).toHaveURL(/\/calculator\/$/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('an address without its trailing slash reaches the page', async ({ page }) => {
  await page.goto('/matrix');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/feature matrix/i);
});

test('on hosts that answer with 404.html, the 404 page goes on to the address with the slash', async ({ page }) => {
  // Serve the built 404 page for "/calculator", as such a host would.
  await page.route('**/calculator', async (route) => {
    const notFound = await page.request.get('/no-such-page/');
    await route.fulfill({ status: 404, contentType: 'text/html', body: await notFound.text() });
  });
  await page.goto('/calculator');
  await expect(page).toHaveURL(/\/calculator\/$/);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Page not found');
});
