// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// What the phone tells a waiting citizen must be true (issue #18): "closed" instead of a time while
// no counter serves the ticket's service, the wait as a range once one does, a word when the ticket
// moves back, nothing about leaving the waiting area once called, and the office clock's own pace.
// The office runs 60 times faster than real time here, as in the demo.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertAccessible, assertNoProblems, useOffice, waitText, waitView } from './lib/fixture.mjs';

const TIME_SPEED = 60;
const env = useOffice('honest-wait', undefined, ['--time-speed', String(TIME_SPEED)]);

// "Stand: 10:15:30" -> seconds since midnight
async function shownClock(page) {
  const text = await page.textContent('#w-updated');
  const m = /(\d\d):(\d\d):(\d\d)$/.exec(text || '');
  assert.ok(m, `#w-updated shows a time: ${JSON.stringify(text)}`);
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}

// Waits until the page's "Stand" clock has moved on by `seconds` office seconds. At TIME_SPEED that
// takes seconds / TIME_SPEED real seconds; real time alone would take 60 times longer than allowed.
async function waitOfficeSeconds(page, seconds) {
  const start = await shownClock(page);
  await page.waitForFunction(([from, wanted]) => {
    const m = /(\d\d):(\d\d):(\d\d)$/.exec(document.querySelector('#w-updated').textContent || '');
    const now = m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : from;
    return (now - from + 86400) % 86400 >= wanted;
  }, [start, seconds], { timeout: (seconds / TIME_SPEED) * 1000 * 4 + 2000 });
}

test('closed counters, then a range; moved back with a reason; served without "you may leave"', async () => {
  const { office } = env;
  const ahead = await office.issue(1);
  const mine = await office.issue(1);
  assert.equal(mine.estimated_wait_s, null, `no counter is open: no wait on the kiosk's reply: ${JSON.stringify(mine)}`);
  const { page, ...phone } = await env.open(mine.token);

  // Every counter is closed: the page says so and gives no time ("weniger als 1 Minute" was the bug).
  await waitText(page, '#w-wait', 'Die Schalter für dieses Anliegen sind gerade geschlossen');
  await assertAccessible(page, 'waiting, counters closed');

  // A counter opens and calls the first in line: a range follows, counted down in office time.
  await office.counter(3, 'open');
  await office.counter(3, 'call-next');
  await office.counter(3, 'start');
  await waitText(page, '#w-wait', /^\d+–\d+ Minuten$/);
  const view = await office.ticket(mine.token);
  assert.ok(view.wait_low_s < view.wait_high_s, `a busy counter gives a real range: ${JSON.stringify(view)}`);

  // A priority case arrives and goes first: the page says why the position went back.
  await waitText(page, '#w-position', 'Pos. 1 von 1');
  await office.issue(1, { priority: true });
  await waitText(page, '#w-position', 'Pos. 2 von 2');
  await waitText(page, '#action-note', 'Sie sind zurückgerückt');
  assert.equal(await page.isVisible('#w-hint'), true, 'while waiting, the page says the citizen may leave the area');

  // Served: waiting is over, so no "you may leave the waiting area" and the waited time stands still.
  await office.counter(3, 'finish');
  await office.counter(3, 'call-next'); // the priority case
  await office.counter(3, 'start');
  await office.counter(3, 'finish');
  await office.counter(3, 'call-next'); // mine
  await waitView(page, 'called');
  await office.counter(3, 'start');
  await waitText(page, '#w-status', 'Sie werden gerade bedient');
  assert.equal(await page.isVisible('#w-hint'), false, 'no "you may leave the waiting area" while being served');
  const served = await office.ticket(mine.token);
  const waited = await page.textContent('#w-waited');
  await waitOfficeSeconds(page, 180);  // three office minutes pass while being served
  assert.equal(await page.textContent('#w-waited'), waited, 'the page stops counting the wait at the call');
  assert.equal((await office.ticket(mine.token)).waited_s, served.waited_s, 'and so does the API');
  assert.ok(ahead.number < mine.number);
  await assertNoProblems({ page, ...phone });
});

test('the page follows the office clock, which runs faster in a demo', async () => {
  const { office } = env;
  const mine = await office.issue(2);
  // A phone set to another zone still shows the office's time.
  const { page, ...phone } = await env.open(mine.token, { timezoneId: 'America/New_York' });
  const health = (await office.get('/api/v1/health')).json;
  assert.equal(health.time_speed, TIME_SPEED, 'health writes the speed as a plain number');
  await waitOfficeSeconds(page, 120);
  // And it is the office's time (Europe/Berlin), not the phone's zone.
  const officeNow = new Date((await office.get('/api/v1/health')).json.now);
  const berlin = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
    .formatToParts(officeNow).reduce((s, p) => (p.type === 'hour' ? s + 3600 * p.value : p.type === 'minute' ? s + 60 * p.value : p.type === 'second' ? s + Number(p.value) : s), 0);
  const shown = await shownClock(page);
  const apart = Math.min((shown - berlin + 86400) % 86400, (berlin - shown + 86400) % 86400);
  assert.ok(apart <= 3 * TIME_SPEED, `the page shows office time: ${shown} s vs the server's ${berlin} s`);
  await assertNoProblems({ page, ...phone });
});
