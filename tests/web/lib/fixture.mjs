// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// Shared set-up of the browser test files: one real civiq-server and one chromium per file, both
// always stopped afterwards, plus small assertions that wait for DOM states with deadlines.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { checkServerServesPage, startOffice } from './office.mjs';
import { axeViolations, launch, newPhone, pageProblems } from './browser.mjs';

// before(): starts the office and the browser; returns a holder filled once they run.
export function useOffice(name, overrides, serverArgs) {
  const env = { office: null, browser: null, phones: [] };
  before(async () => {
    checkServerServesPage();
    env.browser = await launch();
    env.office = await startOffice(name, overrides, serverArgs);
  });
  after(async () => {
    for (const phone of env.phones) await phone.context.close().catch(() => {});
    if (env.browser) await env.browser.close().catch(() => {});
    if (env.office) await env.office.stop();
  });
  // Opens a phone context on the ticket page and waits until the page shows `view`.
  // `prepare(phone)` runs before the page loads (to watch requests, block things, grant permissions).
  env.open = async (token, { view = 'waiting', prepare, ...options } = {}) => {
    const phone = await newPhone(env.browser, options);
    env.phones.push(phone);
    if (prepare) await prepare(phone);
    await phone.page.goto(env.office.pageUrl(token));
    if (view) await waitView(phone.page, view);
    return phone;
  };
  return env;
}

export async function waitView(page, view, timeout = 10000) {
  try {
    await page.locator(`body[data-view="${view}"]`).waitFor({ state: 'attached', timeout });
  } catch (error) {
    const now = await page.evaluate(() => `${document.body.dataset.view}/${document.body.dataset.status}: ${document.querySelector('main').innerText}`);
    throw new Error(`the page did not show the ${view} view within ${timeout} ms; it shows ${now}`);
  }
}

// Waits until `selector` is visible and contains `text` (string or RegExp).
export async function waitText(page, selector, text, timeout = 10000) {
  try {
    await page.locator(selector, { hasText: text }).first().waitFor({ state: 'visible', timeout });
  } catch {
    const actual = await page.locator(selector).first().textContent().catch(() => '(missing)');
    throw new Error(`${selector} did not show ${text} within ${timeout} ms; it shows ${JSON.stringify(actual)}`);
  }
}

export async function assertAccessible(page, state) {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `axe-core: violations in state "${state}":\n${JSON.stringify(violations, null, 2)}`);
}

export async function assertNoProblems(phone) {
  assert.deepEqual(await pageProblems(phone.page, phone.errors), [], 'the page had script errors or CSP violations');
}

// Calls the next ticket at `counter` until the one with `number` is called; serves the others.
export async function serveUntil(office, counter, number) {
  for (let i = 0; i < 50; i += 1) {
    const reply = await office.counter(counter, 'call-next');
    if (!reply || !reply.current) throw new Error(`nobody left to call before ${number}`);
    if (reply.current.number === number) return reply;
    await office.counter(counter, 'start');
    await office.counter(counter, 'finish');
  }
  throw new Error(`ticket ${number} was never called`);
}
