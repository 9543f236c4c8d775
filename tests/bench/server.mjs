// Serves a built site with `astro preview` on a free loopback port, for Lighthouse and browser measurements.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A TCP port that is free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHttp(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`astro preview did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/**
 * Starts `astro preview` for outDir. `--ignore-lock` lets it run next to other preview servers.
 * @param {{ root: string, outDir: string, base?: string, env?: Record<string, string> }} options
 */
export async function startPreview({ root, outDir, base = '/', env = {} }) {
  const port = await freePort();
  const child = spawn('astro', ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env: { ...process.env, ...env, OUT_DIR: outDir, BASE_PATH: base, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGTERM'); // its own process group: the server and nothing else
    } catch {
      child.kill('SIGTERM');
    }
  };
  try {
    await waitForHttp(`${origin}${base}`, child, 60_000);
  } catch (error) {
    stop();
    throw new Error(`${error.message}\n${log.slice(-2000)}`, { cause: error });
  }
  return { origin, url: `${origin}${base}`, stop };
}
