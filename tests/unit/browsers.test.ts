import { describe, expect, it } from 'vitest';
import { chooseBrowser, installHint } from '../browsers';

const nothing = () => undefined;

describe('chooseBrowser', () => {
  it('prefers an explicit path, then Debian, then Playwright’s managed browser', () => {
    const all = (path: string) => ['/opt/chrome', '/usr/bin/chromium', '/usr/bin/firefox-esr'].includes(path);
    expect(chooseBrowser('chromium', { CHROMIUM_PATH: '/opt/chrome' }, all, nothing).origin).toBe('env');
    expect(chooseBrowser('chromium', {}, all, nothing)).toMatchObject({ origin: 'debian', path: '/usr/bin/chromium' });
    expect(chooseBrowser('firefox', {}, all, nothing).use).toEqual({ channel: 'moz-firefox', executablePath: '/usr/bin/firefox-esr' });
    expect(
      chooseBrowser(
        'firefox',
        {},
        () => false,
        () => '/pw/firefox',
      ),
    ).toMatchObject({ origin: 'playwright', use: {} });
  });

  it('reports a missing explicit path instead of silently using another browser', () => {
    expect(chooseBrowser('chromium', { CHROMIUM_PATH: '/missing' }, (p) => p === '/usr/bin/chromium', nothing).origin).toBe('missing');
  });

  it('names the install command for the platform', () => {
    expect(installHint('firefox', 'linux', true)).toMatch(/^sudo apt-get install firefox-esr/);
    expect(installHint('chromium', 'darwin', false)).toMatch(/^npx playwright install chromium/);
  });
});
