// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// When the WebSocket cannot connect the page polls GET /api/v1/tickets/{token} (every 10 s, longer
// when the server answers 429 with Retry-After); offline it keeps the last known state under a
// "Verbindung wird wiederhergestellt" banner and catches up on reconnect.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoProblems, serveUntil, useOffice, waitText, waitView } from './lib/fixture.mjs';
import { SCALE, startOffice } from './lib/office.mjs';
import { newPhone } from './lib/browser.mjs';

const env = useOffice('fallback');
const POLL_MS = 10000; // the page's poll interval

// Every WebSocket the page opens goes to a port where nothing listens: it never connects.
function blockWebSockets() {
  const Real = window.WebSocket;
  window.__civiq_ws = [];
  function Blocked(url, protocols) { window.__civiq_ws.push(String(url)); return new Real('ws://127.0.0.1:1/blocked', protocols); }
  Blocked.prototype = Real.prototype;
  Object.assign(Blocked, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
  window.WebSocket = Blocked;
  // counts the page's status requests (synchronously, so fake-clock tests can check them)
  const realFetch = window.fetch;
  window.__civiq_gets = 0;
  window.__civiq_settled = 0;
  window.fetch = function (input, init) {
    if (!String(input).includes('/api/v1/tickets/') || (init && init.method === 'POST')) return realFetch.call(this, input, init);
    window.__civiq_gets += 1;
    // counted before the page's own code sees the reply (that code runs in later microtasks)
    return realFetch.call(this, input, init).finally(() => { window.__civiq_settled += 1; });
  };
}

test('WebSocket blocked: polling still brings position and call', async () => {
  const { office } = env;
  const first = await office.issue(2);
  const mine = await office.issue(2);
  const phone = await env.open(mine.token, { prepare: ({ context }) => context.addInitScript(blockWebSockets) });
  const { page } = phone;
  await waitText(page, '#w-position', 'Pos. 2 von 2');
  await office.counter(4, 'open');
  await serveUntil(office, 4, first.number);
  await waitText(page, '#w-position', 'Pos. 1 von 1', POLL_MS + 5000 * SCALE);
  await office.counter(4, 'start');
  await office.counter(4, 'finish');
  await serveUntil(office, 4, mine.number);
  await waitView(page, 'called', POLL_MS + 5000 * SCALE);
  await waitText(page, '#c-go', 'Bitte gehen Sie zu Schalter 4');
  assert.equal(await page.isHidden('#banner'), true, 'polling works, so the page is not offline');
  const tried = await page.evaluate(() => window.__civiq_ws);
  assert.ok(tried.length >= 1 && tried.every((u) => u.endsWith(`/api/v1/events?topics=ticket:${mine.token}`)), tried.join());
  assert.ok((await page.evaluate(() => window.__civiq_gets)) >= 3, 'the page polled');
  await assertNoProblems(phone);
});

test('429 from the server: the page waits as long as Retry-After says; times tick locally', async () => {
  const { office } = env;
  const mine = await office.issue(2);
  let real = 0;
  const phone = await env.open(mine.token, {
    prepare: async ({ context, page }) => {
      await context.addInitScript(blockWebSockets);
      await page.clock.install();
      await page.route(`**/api/v1/tickets/${mine.token}`, (route) => {
        real += 1;
        if (real === 1) return route.continue();
        return route.fulfill({ status: 429, headers: { 'Retry-After': '25' }, contentType: 'application/json',
          body: '{"error":"rate_limited","message":"too many requests; please try again shortly"}' });
      });
    },
  });
  const { page } = phone;
  const gets = () => page.evaluate(() => window.__civiq_gets);
  assert.equal(await gets(), 1);
  await settled(page, 1);
  const { wait_low_s: low, wait_high_s: high, estimated_wait_s: estimate } = await office.ticket(mine.token);
  assert.equal(await page.textContent('#w-waited'), 'weniger als 1 Minute');

  await page.clock.runFor(POLL_MS);
  assert.equal(await gets(), 2, 'the first poll goes out after 10 s');
  await settled(page, 2);
  await page.clock.runFor(24000);
  assert.equal(await gets(), 2, 'no poll before Retry-After (25 s) is over');
  await page.clock.runFor(2000);
  assert.equal(await gets(), 3, 'the next poll after Retry-After');
  await settled(page, 3);
  await page.clock.runFor(25000);
  assert.equal(await gets(), 4);
  assert.equal(await page.isHidden('#banner'), true, 'a rate limit is not "offline"');

  // 61 s of fake time passed without news: the waited and estimated times moved on their own
  await waitText(page, '#w-waited', /^1 Minute$/);
  const [bottom, top] = [Math.max(1, Math.floor((low - 61) / 60)), Math.ceil((high - 61) / 60)];
  if (high - 61 >= 60) {
    await waitText(page, '#w-wait', bottom < top ? `${bottom}–${top} Minuten` : `ca. ${Math.ceil((estimate - 61) / 60)} Minuten`);
  }
  await assertNoProblems(phone);
});

// The page has handled reply n once it settled: its code (re-arming the poll timer) runs in the
// microtasks right after, before any later task such as this check.
async function settled(page, n) {
  await page.waitForFunction((count) => window.__civiq_settled >= count, n);
}

test('the real server\'s per-client limit: 429, the page backs off and keeps its state', async () => {
  const limited = await startOffice('ratelimit', { limits: { public_requests_per_minute: 3 } });
  try {
    const mine = await limited.issue(1);
    const phone = await newPhone(env.browser);
    env.phones.push(phone);
    const { page, context } = phone;
    await context.addInitScript(blockWebSockets);
    await page.clock.install();
    const limitedReplies = [];
    page.on('response', (r) => { if (r.status() === 429) limitedReplies.push(Number(r.headers()['retry-after'])); });
    await page.goto(limited.pageUrl(mine.token));
    await waitView(page, 'waiting');
    const gets = () => page.evaluate(() => window.__civiq_gets);
    // poll on the fake clock until the server's budget (3 a minute) is used up
    for (let i = 0; i < 5 && limitedReplies.length === 0; i += 1) {
      const before = await gets();
      await page.clock.runFor(POLL_MS);
      await settled(page, before + 1);
    }
    assert.equal(limitedReplies.length, 1, 'the server answered 429 once the budget was used');
    const retryAfter = limitedReplies[0];
    assert.ok(retryAfter >= 1, `Retry-After: ${retryAfter}`);
    const wait = Math.max(POLL_MS, retryAfter * 1000);
    const count = await gets();
    await page.clock.runFor(wait - 500);
    assert.equal(await gets(), count, `no request during the ${wait} ms the page must wait`);
    await page.clock.runFor(1000);
    assert.equal(await gets(), count + 1, 'then it asks again');
    assert.equal(await page.isHidden('#banner'), true, 'a rate limit is not "offline"');
    await waitText(page, '#w-number', mine.number);
    await assertNoProblems(phone);
  } finally {
    await limited.stop();
  }
});

test('offline: last known state under a banner, then catch-up with the call on reconnect', async () => {
  const { office } = env;
  const mine = await office.issue(1);
  const phone = await env.open(mine.token);
  const { page, context } = phone;
  await waitText(page, '#w-number', mine.number);

  // the network goes away
  await context.setOffline(true);
  await waitText(page, '#banner', 'Verbindung wird wiederhergestellt');
  assert.equal(await page.textContent('#w-number'), mine.number, 'the last known state stays');
  assert.equal(await page.getAttribute('#banner', 'role'), 'status');
  // meanwhile the ticket is called; the page learns it when the network is back
  await office.counter(3, 'open');
  await serveUntil(office, 3, mine.number);
  await context.setOffline(false);
  await waitView(page, 'called', 5000 * SCALE);
  await waitText(page, '#c-go', 'Bitte gehen Sie zu Schalter 3');
  assert.equal(await page.isHidden('#banner'), true);

  // the server goes away and comes back on the same address: the socket reconnects by itself
  await office.counter(3, 'start');
  await waitText(page, '#w-status', 'Sie werden gerade bedient');
  const port = office.port;
  await office.stop();
  await waitText(page, '#banner', 'Verbindung wird wiederhergestellt', 10000 * SCALE);
  await office.start(port);
  office.sessions = {};
  await office.counter(3, 'finish');
  await waitView(page, 'end', 20000 * SCALE);
  await waitText(page, '#e-title', 'Vielen Dank für Ihren Besuch');
  assert.equal(await page.isHidden('#banner'), true);
  await assertNoProblems(phone);
});
