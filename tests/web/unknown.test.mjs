// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// Unknown, expired and finished tickets get a friendly page in the citizen's language, never an
// error dump; the page shows no personal data (an appointment's name stays on the server).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertAccessible, assertNoProblems, useOffice, waitText, waitView } from './lib/fixture.mjs';

const env = useOffice('unknown');

function noDump(text) {
  assert.doesNotMatch(text, /\b(unknown_ticket|not_found|error|undefined|null|NaN)\b|[{}]/i, `no error dump: ${text}`);
}

test('an unknown (or past-day) token: a friendly page in the phone\'s language', async () => {
  const apiCalls = [];
  const phone = await env.open('Zm9vYmFyYmF6cXV4cXV1eA_unknown-token', {
    view: 'end', locale: 'pl-PL',
    prepare: ({ page }) => page.on('request', (r) => { if (r.url().includes('/api/')) apiCalls.push(r.url()); }),
  });
  const { page } = phone;
  await waitText(page, '#e-title', 'Ten bilet nie istnieje (już)');
  await waitText(page, '#e-text', 'bilet pochodzi z wcześniejszego dnia');
  assert.equal(await page.getAttribute('html', 'lang'), 'pl');
  assert.equal(await page.title(), 'Twój bilet');
  noDump(await page.innerText('body'));
  assert.ok(apiCalls.length >= 1, 'the page asked the server about the token');
  await assertAccessible(page, 'unknown (pl)');
  await assertNoProblems(phone);
});

test('a malformed token is unknown without asking the server', async () => {
  const apiCalls = [];
  const phone = await env.open('abc', {
    view: 'end',
    prepare: ({ page }) => page.on('request', (r) => { if (r.url().includes('/api/')) apiCalls.push(r.url()); }),
  });
  await waitText(phone.page, '#e-title', 'Dieses Ticket gibt es nicht (mehr)');
  assert.deepEqual(apiCalls, []);
  await assertNoProblems(phone);
});

test('a missed call (no-show) in the ticket\'s language', async () => {
  const { office } = env;
  const mine = await office.issue(1, { language: 'en' });
  const phone = await env.open(mine.token, { locale: 'de-DE' });
  const { page } = phone;
  await waitText(page, '#w-status', 'You have not been called yet');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await office.counter(3, 'open');
  await office.counter(3, 'call-next');
  await waitView(page, 'called');
  await office.counter(3, 'no-show');
  await waitView(page, 'end');
  await waitText(page, '#e-title', 'Call missed');
  await waitText(page, '#e-text', `Your number ${mine.number} was called, but you were not at the counter.`);
  noDump(await page.innerText('body'));
  await assertAccessible(page, 'no-show (en)');
  await assertNoProblems(phone);
});

test('an appointment ticket shows no personal data', async () => {
  const { office } = env;
  const now = new Date();
  now.setUTCSeconds(0, 0);
  const time = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const manager = await office.login('maria');
  const imported = await office.post('/api/v1/appointments', {
    appointments: [{ code: 'LB-7F3K', time, service_ids: [2], name: 'Erika Mustermann' }],
  }, { token: manager });
  assert.equal(imported.status, 200, imported.body.toString());
  const checkIn = await office.post('/api/v1/appointments/LB-7F3K/check-in', {}, { token: office.deviceTokens.kiosk });
  assert.equal(checkIn.status, 201, checkIn.body.toString());
  const phone = await env.open(checkIn.json.token);
  const text = await phone.page.innerText('body');
  assert.match(text, new RegExp(checkIn.json.number));
  for (const secret of ['Erika', 'Mustermann', 'LB-7F3K']) assert.ok(!text.includes(secret), `the page shows "${secret}"`);
  const html = await phone.page.content();
  for (const secret of ['Erika', 'Mustermann', 'LB-7F3K']) assert.ok(!html.includes(secret), `the DOM holds "${secret}"`);
  await assertNoProblems(phone);
});
