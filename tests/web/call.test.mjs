// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The main flow on a phone (390×844): a waiting ticket shows number, service, status, position,
// estimated and waited time; the counter calls it and the page shows the counter within one second
// (WebSocket topic ticket:{token} only, no polling while the socket is up); serving; done.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertAccessible, assertNoProblems, serveUntil, useOffice, waitText, waitView } from './lib/fixture.mjs';

const env = useOffice('call');
const CALL_DEADLINE_MS = 1000; // the requirement; never stretched for slow builds

test('waiting, live position, called within one second, serving, done', async () => {
  const { office } = env;
  await office.issue(1);
  await office.issue(1);
  const mine = await office.issue(1, { language: 'de' });
  assert.ok(mine.url.endsWith(`/t/${mine.token}`), `the ticket's url leads to the page: ${mine.url}`);

  const sockets = [];
  const ticketGets = [];
  const phone = await env.open(mine.token, {
    prepare: ({ page }) => {
      page.on('websocket', (ws) => sockets.push(ws.url()));
      page.on('request', (r) => { if (r.url().includes('/api/v1/tickets/')) ticketGets.push(r.method()); });
    },
  });
  const { page } = phone;

  // waiting: everything the county's page shows, and more
  await waitText(page, '#w-number', mine.number);
  await waitText(page, '#w-service', 'Kfz-Zulassung');
  await waitText(page, '#w-status', 'Sie wurden noch nicht aufgerufen');
  await waitText(page, '#w-position', 'Pos. 3 von 3');
  // no counter is open yet: the page says so instead of promising a time (issue #18)
  assert.match(await page.textContent('#w-wait'), /^Die Schalter für dieses Anliegen sind gerade geschlossen/);
  assert.equal(await page.textContent('#w-waited'), 'weniger als 1 Minute');
  assert.match(await page.textContent('#w-updated'), /^Stand: \d\d:\d\d:\d\d$/);
  assert.equal(await page.textContent('#office'), 'Bürgerbüro Löbau');
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  await assertAccessible(page, 'waiting');

  // the two tickets ahead are called and served: the position follows live, well within a second
  await office.counter(3, 'open');
  await office.counter(3, 'call-next');
  await waitText(page, '#w-position', 'Pos. 2 von 2', 1000);
  await waitText(page, '#w-wait', /^\d+–\d+ Minuten$/);  // a counter serves it now: a range
  await office.counter(3, 'start');
  await office.counter(3, 'finish');
  await office.counter(3, 'call-next');
  await waitText(page, '#w-position', 'Pos. 1 von 1', 1000);
  await office.counter(3, 'start');
  await office.counter(3, 'finish');

  // called: full screen with the counter, within one second of the clerk's click
  const started = Date.now();
  await serveUntil(office, 3, mine.number);
  await waitText(page, '#c-go', 'Bitte gehen Sie zu Schalter 3', Math.max(1, CALL_DEADLINE_MS - (Date.now() - started)));
  const latency = Date.now() - started;
  assert.ok(latency < CALL_DEADLINE_MS, `the call reached the page after ${latency} ms`);
  await waitView(page, 'called', 1000);
  assert.equal(await page.textContent('#c-number'), mine.number);
  assert.equal(await page.title(), `Sie sind dran: ${mine.number}`, 'a tab in the background says it too');
  // announced to screen readers, focus on the call, the phone vibrates
  await waitText(page, '#announce', `Ihre Nummer ${mine.number} wird aufgerufen. Bitte gehen Sie zu Schalter 3.`);
  assert.equal(await page.getAttribute('#announce', 'aria-live'), 'assertive');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'c-title');
  assert.ok((await page.evaluate(() => window.__civiq.vibrations.length)) >= 1, 'the phone vibrated');
  const box = await page.locator('#view-called').boundingBox();
  assert.ok(box.height >= 600, `the called state fills the screen (${box.height}px high)`);
  await assertAccessible(page, 'called');

  // serving, then done
  await office.counter(3, 'start');
  await waitText(page, '#w-status', 'Sie werden gerade bedient: Schalter 3');
  await assertAccessible(page, 'serving');
  await office.counter(3, 'finish');
  await waitView(page, 'end');
  await waitText(page, '#e-title', 'Vielen Dank für Ihren Besuch');
  assert.equal(await page.locator('#view-end button').count(), 0, 'a finished ticket offers no actions');
  await assertAccessible(page, 'done');

  // live over the ticket's own topic only, and no polling while the socket was up
  assert.ok(sockets.length >= 1, 'the page opened the events WebSocket');
  for (const url of sockets) assert.match(url, new RegExp(`/api/v1/events\\?topics=ticket:${mine.token}$`));
  assert.deepEqual(ticketGets, ['GET'], 'exactly one GET of the ticket (the first view); the rest came over the socket');
  await assertNoProblems(phone);
});
