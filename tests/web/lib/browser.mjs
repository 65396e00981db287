// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// Debian's chromium driven by playwright-core (never a downloaded browser), a phone-sized context,
// axe-core checks and screenshots. Every page records CSP violations and script errors so a test can
// assert there were none.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { REPO } from './office.mjs';

const require = createRequire(import.meta.url);
export const CHROMIUM = process.env.CIVIQ_CHROMIUM || '/usr/bin/chromium';
// Run by hand, the tests write what docs/live-ticket.md and docs/booking.md show; CTest points them at the build tree
// (CIVIQ_WEB_OUTPUT_DIR) unless configured with -DCIVIQ_WEB_UPDATE_DOCS=ON.
const OUTPUT = process.env.CIVIQ_WEB_OUTPUT_DIR;
const IMAGES_DIR = OUTPUT ? path.join(OUTPUT, 'images') : path.join(REPO, 'docs', 'images');
export const RESULTS_DIR = OUTPUT ? path.join(OUTPUT, 'results') : path.join(REPO, 'tests', 'web', 'results');
export const PHONE = { width: 390, height: 844 };

function missing(what) {
  return new Error(`${what} is missing, so the browser tests cannot run. Install them with ` +
    '`sudo scripts/install-web-test-deps` (Debian chromium, and npm ci in tests/web).');
}

let playwright;
async function loadPlaywright() {
  if (!playwright) {
    try { playwright = await import('playwright-core'); } catch { throw missing('tests/web/node_modules (playwright-core)'); }
  }
  return playwright;
}

let axeSource;
function loadAxe() {
  if (!axeSource) {
    try { axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'); } catch { throw missing('tests/web/node_modules (axe-core)'); }
  }
  return axeSource;
}

export async function launch() {
  const { chromium } = await loadPlaywright();
  if (!fs.existsSync(CHROMIUM)) throw missing(`${CHROMIUM} (Debian package chromium)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

// Runs before any page script (through the DevTools protocol, so the page's CSP does not apply):
// records CSP violations, notifications and vibration so tests can see them.
function recorder() {
  window.__civiq = { csp: [], notifications: [], vibrations: [] };
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__civiq.csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
  });
  const rec = (title, options) => window.__civiq.notifications.push({ title, body: options && options.body });
  if (window.Notification) {
    const Real = window.Notification;
    const Fake = function Notification(title, options) { rec(title, options); return new Real(title, options); };
    Object.defineProperty(Fake, 'permission', { get: () => Real.permission, configurable: true });
    Fake.requestPermission = (...a) => Real.requestPermission(...a);
    window.Notification = Fake;
  }
  if (window.ServiceWorkerRegistration) {
    const real = ServiceWorkerRegistration.prototype.showNotification;
    ServiceWorkerRegistration.prototype.showNotification = function (title, options) { rec(title, options); return real.call(this, title, options); };
  }
  navigator.vibrate = (pattern) => { window.__civiq.vibrations.push(pattern); return true; };
}

export async function newPhone(browser, { locale = 'de-DE', permissions = [], ...options } = {}) {
  const context = await browser.newContext({
    viewport: PHONE, screen: PHONE, deviceScaleFactor: 1, isMobile: true, hasTouch: true, locale,
    timezoneId: 'Europe/Berlin', permissions, serviceWorkers: 'allow', ...options,
  });
  await context.addInitScript(recorder);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (msg) => {
    // A refused WebSocket or a 404 of an unknown ticket is logged by the browser itself; those are
    // expected in some tests. Everything the page's own code logs as an error is not.
    if (msg.type() === 'error' && !/Failed to load resource|WebSocket connection/.test(msg.text())) errors.push(`console: ${msg.text()}`);
  });
  return { context, page, errors };
}

// The page's own problems: script errors and CSP violations (no inline code or styles allowed).
export async function pageProblems(page, errors) {
  const csp = await page.evaluate(() => (window.__civiq ? window.__civiq.csp : []));
  return [...errors, ...csp.map((c) => `CSP violation: ${c}`)];
}

// axe-core with the WCAG 2.0/2.1 A and AA rules and its best practices; returns every violation,
// whatever its impact (minor ones are real barriers too: a landmark missing, a heading skipped).
export async function axeViolations(page) {
  await page.evaluate(loadAxe());
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
}

// `folder`: docs/images/live-ticket (the live ticket's pages) or docs/images/booking (booking-web).
export async function screenshot(page, name, folder = 'live-ticket') {
  fs.mkdirSync(path.join(IMAGES_DIR, folder), { recursive: true });
  const file = path.join(IMAGES_DIR, folder, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false, animations: 'disabled', caret: 'hide' });
  return file;
}

export function writeResult(name, data) {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, name);
  fs.writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
  return file;
}
