// Which browsers the browser tests and benchmarks drive, decided in one place:
// 1. an explicit path from CHROMIUM_PATH / FIREFOX_PATH; 2. Debian's /usr/bin/chromium and /usr/bin/firefox-esr;
// 3. Playwright's own managed browsers (`npx playwright install chromium firefox`).
// Playwright is pinned to 1.64.1 because its `moz-firefox` channel drives Debian's firefox-esr over WebDriver BiDi.
import { existsSync } from 'node:fs';
import { chromium, firefox } from 'playwright-core';

/** Flags Chromium needs here: no sandbox as root, no background network on a closed network. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserChoice {
  /** Where the executable is, or undefined when none was found. */
  path: string | undefined;
  /** How it was found. */
  origin: 'env' | 'debian' | 'playwright' | 'missing';
  /** Playwright launch settings for this choice. */
  use: { channel?: string; executablePath?: string };
}

type Name = 'chromium' | 'firefox';

const envVar: Record<Name, string> = { chromium: 'CHROMIUM_PATH', firefox: 'FIREFOX_PATH' };
const debianPath: Record<Name, string> = { chromium: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' };

function managedPath(name: Name): string | undefined {
  try {
    const path = (name === 'chromium' ? chromium : firefox).executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Resolves one browser; `env` and `exists` are parameters so the order can be tested. */
export function chooseBrowser(
  name: Name,
  env: Record<string, string | undefined> = process.env,
  exists: (path: string) => boolean = existsSync,
  managed: (name: Name) => string | undefined = managedPath,
): BrowserChoice {
  // A system Firefox (Debian's ESR or one named explicitly) is driven through the moz-firefox channel.
  const system = (path: string, origin: 'env' | 'debian'): BrowserChoice => ({
    path,
    origin,
    use: name === 'firefox' ? { channel: 'moz-firefox', executablePath: path } : { executablePath: path },
  });
  const explicit = env[envVar[name]];
  if (explicit) return exists(explicit) ? system(explicit, 'env') : { path: undefined, origin: 'missing', use: {} };
  if (exists(debianPath[name])) return system(debianPath[name], 'debian');
  const own = managed(name);
  return own ? { path: own, origin: 'playwright', use: {} } : { path: undefined, origin: 'missing', use: {} };
}

/** The exact command that gets a browser on this platform. */
export function installHint(
  name: Name,
  platform: NodeJS.Platform = process.platform,
  isDebian = existsSync('/etc/debian_version'),
): string {
  const debianPackage = name === 'chromium' ? 'chromium' : 'firefox-esr';
  const explicit = `or set ${envVar[name]} to a ${name === 'chromium' ? 'Chromium or Chrome' : 'Firefox'} executable`;
  if (platform === 'linux' && isDebian) return `sudo apt-get install ${debianPackage}  (${explicit})`;
  return `npx playwright install ${name}  (${explicit})`;
}

/** One line per missing browser; empty when both can be launched. */
export function missingBrowsers(env: Record<string, string | undefined> = process.env): string[] {
  return (['chromium', 'firefox'] as const).flatMap((name) => {
    const choice = chooseBrowser(name, env);
    if (choice.path) return [];
    const explicit = env[envVar[name]];
    const why = explicit ? `${envVar[name]}=${explicit} does not exist` : `no ${name} found`;
    return [`${why}: install it with ${installHint(name)}`];
  });
}

export const chromiumChoice = chooseBrowser('chromium');
export const firefoxChoice = chooseBrowser('firefox');
/** Chromium's executable for Lighthouse and the search benchmark. */
export const chromiumPath = chromiumChoice.path ?? debianPath.chromium;
