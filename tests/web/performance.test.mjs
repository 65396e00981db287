// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// First view: transferred bytes (must stay under 30 KB, compressed as served) and time to first
// render with the network throttled to slow 3G through the Chrome DevTools Protocol. Writes
// tests/web/results/performance.json for docs/performance.md (see docs/live-ticket.md).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { test } from 'node:test';
import { WEB_SOURCE } from './lib/office.mjs';
import { newPhone, writeResult } from './lib/browser.mjs';
import { useOffice, waitView } from './lib/fixture.mjs';

const env = useOffice('performance');
const BUDGET_BYTES = 30 * 1024;
const FIRST_RENDER_BUDGET_MS = 1000;
const RUNS = 3;
// Slow 3G as WebPageTest defines the link: 400 kbit/s both ways, 400 ms round trip. Chrome DevTools'
// "Slow 3G" preset uses the same bandwidth with 2000 ms (400 ms × 5) per request; it is recorded too
// but cannot meet 1 s: the document alone is one such request.
const PROFILES = {
  slow3g: { latency: 400, downloadThroughput: 50000, uploadThroughput: 50000 },
  devtools_slow3g: { latency: 2000, downloadThroughput: 50000, uploadThroughput: 50000 },
};
const results = { measured_at: new Date().toISOString(), budget_bytes: BUDGET_BYTES, first_render_budget_ms: FIRST_RENDER_BUDGET_MS };

// Opens the page in a fresh context (empty cache) and records every response's transferred size.
async function firstView(token, conditions) {
  const phone = await newPhone(env.browser);
  env.phones.push(phone);
  const { page, context } = phone;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (conditions) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...conditions });
  const responses = new Map();
  const frames = [];
  cdp.on('Network.responseReceived', (e) => responses.set(e.requestId, {
    url: e.response.url, status: e.response.status, encoding: e.response.headers['content-encoding'] || e.response.headers['Content-Encoding'] || null, bytes: null,
  }));
  cdp.on('Network.loadingFinished', (e) => { const r = responses.get(e.requestId); if (r) r.bytes = e.encodedDataLength; });
  cdp.on('Network.webSocketHandshakeResponseReceived', (e) => frames.push({ kind: 'handshake', bytes: JSON.stringify(e.response.headers).length + 32 }));
  cdp.on('Network.webSocketFrameReceived', (e) => frames.push({ kind: 'frame', bytes: Buffer.byteLength(e.response.payloadData) + 4 }));
  await page.goto(env.office.pageUrl(token));
  await waitView(page, 'waiting', 30000);
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  await page.waitForFunction(() => document.fonts.status === 'loaded');
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      first_contentful_paint_ms: Math.round(performance.getEntriesByName('first-contentful-paint')[0].startTime),
      ticket_shown_ms: Math.round(performance.getEntriesByName('civiq-ticket-shown')[0].startTime),
      document_response_end_ms: Math.round(nav.responseEnd),
    };
  });
  await context.close();
  return { timing, responses: [...responses.values()], frames };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

test('first view transfers less than 30 KB, all from this server', async () => {
  const mine = await env.office.issue(1);
  const { responses, frames } = await firstView(mine.token);
  const base = env.office.base;
  for (const r of responses) assert.ok(r.url.startsWith(base + '/'), `third-party or foreign request: ${r.url}`);
  const statics = responses.filter((r) => r.url.includes('/t/'));
  for (const r of statics) {
    assert.equal(r.status, 200, r.url);
    assert.equal(r.encoding, 'gzip', `${r.url} is served compressed`);
  }
  const http = responses.reduce((sum, r) => sum + r.bytes, 0);
  const ws = frames.reduce((sum, f) => sum + f.bytes, 0);
  const files = {};
  for (const file of ['index.html', 'static/app.js', 'static/i18n/de.json', 'static/sw.js']) {
    const raw = fs.readFileSync(path.join(WEB_SOURCE, file));
    files[file] = { raw: raw.length, gzip: zlib.gzipSync(raw, { level: 9 }).length };
  }
  results.first_view = {
    total_bytes: http + ws, http_bytes: http, websocket_bytes: ws, requests: responses.length,
    resources: responses.map((r) => ({ path: new URL(r.url).pathname.replace(mine.token, '{token}'), bytes: r.bytes, encoding: r.encoding })),
    files,
  };
  assert.ok(http + ws < BUDGET_BYTES, `first view transferred ${http + ws} bytes (budget ${BUDGET_BYTES})`);
});

for (const [name, conditions] of Object.entries(PROFILES)) {
  test(`first render with the network throttled (${name})`, async () => {
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) {
      const mine = await env.office.issue(1);
      runs.push((await firstView(mine.token, conditions)).timing);
    }
    const summary = {
      conditions,
      first_contentful_paint_ms: median(runs.map((r) => r.first_contentful_paint_ms)),
      ticket_shown_ms: median(runs.map((r) => r.ticket_shown_ms)),
      document_response_end_ms: median(runs.map((r) => r.document_response_end_ms)),
      runs,
    };
    results[name] = summary;
    if (name === 'slow3g') {
      assert.ok(summary.first_contentful_paint_ms < FIRST_RENDER_BUDGET_MS,
        `first render after ${summary.first_contentful_paint_ms} ms on slow 3G (budget ${FIRST_RENDER_BUDGET_MS} ms): ${JSON.stringify(runs)}`);
    }
  });
}

test('write the results', () => {
  const file = writeResult('performance.json', results);
  console.log(`# results in ${file}`);
});
