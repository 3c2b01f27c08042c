/**
 * What every browser test uses: Debian's Chromium driven by playwright-core (nothing downloaded),
 * a local portal started the way a person starts it (`npm start` in a folder of its own, on
 * dynalite), the web app built when its sources are newer than the build, axe-core on each page,
 * and a screenshot of each page kept under `test-artifacts/screenshots/`.
 *
 * Without Chromium the tests are skipped, and say so; under CI (`CI` set) a missing Chromium fails.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { PortalInfo } from '../../../infra/local/localPortalInfo.js';

const root = join(import.meta.dirname, '../../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(root, 'test-artifacts/screenshots');

/** True when the browser tests can run here; prints plainly why not, and throws under CI. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const missing = `Chromium not found at ${CHROMIUM} (install it with "apt-get install -y chromium", or set CHROMIUM_PATH).`;
  if (process.env.CI) throw new Error(`Browser tests cannot run: ${missing} Under CI a missing Chromium is a failure.`);
  console.warn(`Browser tests skipped: ${missing}`);
  return false;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // playwright-core gives each launch a fresh, temporary user-data-dir.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A browser context in a given language, that fails the test on any content-security-policy
 * violation or uncaught page error (the CSP is the one CloudFront sends: no inline script or style).
 */
export async function newContext(browser: Browser, locale = 'en-GB'): Promise<{ context: BrowserContext; problems: string[] }> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  context.on('page', (page) => watch(page, problems));
  return { context, problems };
}

function watch(page: Page, problems: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
}

/** axe-core (WCAG 2.1 A and AA rules) on the page as it is now: no serious or critical violation; then a screenshot. */
export async function checkPage(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const grave = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  expect(grave, `accessibility of ${name}`).toEqual([]);
}

/** Builds `web/dist` when a file under `web/` (or the shared code it imports) is newer than the build. */
export function ensureWebBuild(): void {
  const built = join(root, 'web/dist/index.html');
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  const sources = [...filesUnder(join(root, 'web')), ...filesUnder(join(root, 'shared'))].filter((f) => !f.includes('/dist/'));
  if (sources.some((file) => statSync(file).mtimeMs > builtAt)) {
    execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

export interface RunningPortal {
  home: string;
  /** What `npm start` printed. */
  banner: string;
  info: PortalInfo;
  stop(): Promise<void>;
}

/** `npm start` in a temporary home, until its banner is printed; `stop()` sends SIGTERM and removes the home. */
export async function startPortal(): Promise<RunningPortal> {
  const home = mkdtempSync(join(tmpdir(), 'portal1540-browser-'));
  const child = spawn(process.execPath, ['--openssl-legacy-provider', '--import', 'tsx', 'infra/local/start.ts'], {
    cwd: root,
    env: { ...process.env, PORTAL_HOME: home, PORTAL_DYNAMODB: 'dynalite', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', POWERTOOLS_LOG_LEVEL: 'WARN' },
  });
  const banner = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the portal did not start within 60 s:\n${output}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ctrl-C stops the portal')) {
        clearTimeout(timer);
        resolve(output);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the portal exited with ${code}:\n${output}`)));
  });
  const info = PortalInfo.parse(JSON.parse(readFileSync(join(home, 'portal.json'), 'utf8')));
  return {
    home,
    banner,
    info,
    stop: async () => {
      await stopChild(child);
      rmSync(home, { recursive: true, force: true });
    },
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
