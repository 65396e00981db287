// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The office manager's dashboard (GET /manage, manage-web/, issue #17) against the real
// civiq-server: a small day is played through the API (kiosk tickets, a clerk serving at a counter),
// then in chromium a clerk is refused, the manager sees today's report whose numbers match the JSON
// API, the chart has a bar group per hour with a table behind it, CSV and XLSX downloads are the
// server's files, English replaces the texts, axe-core finds nothing at any impact, the keyboard
// reaches the sign-in in order, and the error states (bad range, network, expired session) say so.
// Screenshots: docs/images/manage-signin.png and manage-report.png (or CIVIQ_WEB_OUTPUT_DIR).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { newPhone, screenshot } from './lib/browser.mjs';
import { assertAccessible, assertNoProblems, useOffice, waitText } from './lib/fixture.mjs';
import { REPO, USERS, tempDir } from './lib/office.mjs';
import { copyWebRoot } from './lib/web_root.mjs';

// The dashboard from the source tree (with .gz siblings as the build makes them), like the live ticket.
const manageRoot = copyWebRoot(path.join(REPO, 'manage-web'), path.join(tempDir('manage'), 'manage-web'));
const env = useOffice('manage', {}, ['--manage-root', manageRoot]);
const DESKTOP = { width: 1280, height: 900 };
const state = { page: null, phone: null, today: '', figures: null };

function berlinToday() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit',
    day: '2-digit' }).format(new Date());
}

async function managerToken() { return env.office.login('maria'); }

// GET /api/v1/manage/figures{suffix} as the manager; files (`.csv?…`) come back as raw bytes.
async function apiFigures(suffix) {
  return env.office.get(`/api/v1/manage/figures${suffix}`, { token: await managerToken(), raw: suffix.startsWith('.') });
}

async function signIn(page, user) {
  await page.fill('#user', user);
  await page.fill('#password', USERS[user][1]);
  await page.click('#signin-submit');
}

async function showRange(page, from, to) {
  await page.fill('#from', from);
  await page.fill('#to', to);
  await page.click('#show');
}

// The text of each cell of the summary's row whose header is `name`.
async function summaryRow(page, name) {
  return page.evaluate((wanted) => {
    for (const row of document.querySelectorAll('#summary tr')) {
      const cells = [...row.children].map((c) => c.textContent.trim());
      if (cells[0] === wanted) return cells;
    }
    return null;
  }, name);
}

test('a small day is played through the API', async () => {
  const { office } = env;
  state.today = berlinToday();
  for (const service of [1, 1, 2, 1, 2]) await office.issue(service);
  await office.counter(3, 'open');
  for (let i = 0; i < 3; i += 1) {
    assert.ok(await office.counter(3, 'call-next'), 'somebody waits');
    await office.counter(3, 'start');
    await office.counter(3, 'finish');
  }
  assert.ok(await office.counter(3, 'call-next'));
  await office.counter(3, 'no-show');
  const res = await apiFigures(`?from=${state.today}&to=${state.today}&lang=de`);
  assert.equal(res.status, 200, res.body.toString());
  state.figures = res.json;
  const sum = (key) => state.figures.rows.reduce((n, r) => n + r[key], 0);
  assert.equal(sum('arrivals_walk_in'), 5, 'five tickets were drawn');
  assert.equal(sum('served'), 3, 'three were served');
});

test('sign-in: German, keyboard order, accessible; a clerk is refused', async () => {
  const phone = await newPhone(env.browser, { viewport: DESKTOP, screen: DESKTOP, isMobile: false, hasTouch: false,
    acceptDownloads: true });
  env.phones.push(phone);
  state.phone = phone;
  const { page } = phone;
  state.page = page;
  const response = await page.goto(env.office.base + '/manage');
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-security-policy'], /script-src 'self';/);
  await page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  assert.equal((await page.textContent('h1')).trim(), 'Kennzahlen der Leitung');

  const order = [];
  for (let i = 0; i < 4; i += 1) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.activeElement.id));
  }
  assert.deepEqual(order, ['lang', 'user', 'password', 'signin-submit']);
  await assertAccessible(page, 'sign-in');
  await page.evaluate(() => document.activeElement.blur());
  await screenshot(page, 'manage-signin', '');

  await signIn(page, 'anna');
  await waitText(page, '#signin-error', 'nur für Leitung und Administration');
  assert.equal(await page.isVisible('#report'), false, 'a clerk sees no report form');
  await assertAccessible(page, 'clerk refused');
});

test('the manager sees today\'s report with the numbers of the JSON API', async () => {
  const { page } = state;
  await signIn(page, 'maria');
  await page.locator('#report').waitFor({ state: 'visible' });
  assert.equal(await page.inputValue('#to'), state.today, 'the range ends today');
  const from = new Date(`${state.today}T00:00:00Z`);
  from.setUTCDate(from.getUTCDate() - 6);
  assert.equal(await page.inputValue('#from'), from.toISOString().slice(0, 10), 'and starts six days before');

  await showRange(page, state.today, state.today);
  await page.locator('#results').waitFor({ state: 'visible' });
  await waitText(page, '#report-status', 'Bericht vom');

  // Per service and in total: arrivals and served as the API's rows sum them.
  const rows = state.figures.rows;
  const services = [...new Map(rows.map((r) => [r.service_id, r.service])).entries()];
  assert.ok(services.length >= 2, 'both services had arrivals');
  const totals = (list) => ({
    walkIn: list.reduce((n, r) => n + r.arrivals_walk_in, 0),
    appointment: list.reduce((n, r) => n + r.arrivals_appointment, 0),
    served: list.reduce((n, r) => n + r.served, 0),
  });
  for (const [id, name] of services) {
    const expected = totals(rows.filter((r) => r.service_id === id));
    const cells = await summaryRow(page, name);
    assert.ok(cells, `a summary row for ${name}`);
    assert.deepEqual(cells.slice(1, 4).map(Number), [expected.walkIn, expected.appointment, expected.served], name);
  }
  const all = totals(rows);
  const totalCells = await summaryRow(page, 'Alle Anliegen');
  assert.deepEqual(totalCells.slice(1, 4).map(Number), [all.walkIn, all.appointment, all.served], 'total row');
  assert.match(totalCells[7], /^\d{1,3}(,\d)? %$/, 'a service level in percent');

  // The chart: one bar group per hour, and the same numbers in the table behind it.
  assert.equal(await page.locator('#chart svg[role="img"] g.bar-group').count(), 24);
  const chartTable = page.getByRole('table', { name: 'Ankünfte und Bediente nach Stunde der Ankunft' });
  assert.equal(await chartTable.locator('tbody tr').count(), 24);
  const box = await page.locator('#chart-table-wrap').boundingBox();
  assert.ok(box && box.width <= 1 && box.height <= 1, 'the table is for screen readers only (1 px, clipped)');
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('chart-table-wrap')).overflow), 'hidden');
  for (const hour of new Set(rows.map((r) => r.hour))) {
    const inHour = rows.filter((r) => r.hour === hour);
    const arrivals = inHour.reduce((n, r) => n + r.arrivals_walk_in + r.arrivals_appointment, 0);
    const served = inHour.reduce((n, r) => n + r.served, 0);
    const group = page.locator(`#chart g.bar-group[data-hour="${hour}"]`);
    assert.equal(await group.locator('rect.arrivals').getAttribute('data-value'), String(arrivals));
    assert.equal(await group.locator('rect.served').getAttribute('data-value'), String(served));
    const cells = await chartTable.locator('tbody tr').nth(hour).locator('td').allTextContents();
    assert.deepEqual(cells.map(Number), [arrivals, served], `hour ${hour} in the table`);
  }
  await assertAccessible(page, 'report');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: DESKTOP.width, height });
  await page.mouse.move(0, 0);  // no hover colour on the screenshot
  await screenshot(page, 'manage-report', '');
  await page.setViewportSize(DESKTOP);
});

test('CSV and XLSX downloads are the server\'s files under its names', async () => {
  const { page } = state;
  const expectedName = (ext) => `civiq-loebau-${state.today}-${state.today}.${ext}`;
  for (const ext of ['csv', 'xlsx']) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#download-${ext}`)]);
    assert.equal(download.suggestedFilename(), expectedName(ext));
    const content = fs.readFileSync(await download.path());
    const api = await apiFigures(`.${ext}?from=${state.today}&to=${state.today}&lang=de`);
    assert.equal(api.status, 200);
    if (ext === 'csv') {
      assert.deepEqual([...content.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
      assert.ok(content.toString('utf8').includes(';'), 'fields separated by ;');
      assert.ok(content.equals(api.body), 'the same bytes as the API\'s CSV');
    } else {
      assert.equal(content.subarray(0, 2).toString('latin1'), 'PK', 'a zip (XLSX) file');
      assert.equal(content.length, api.body.length, 'the size of the API\'s XLSX');
    }
    await waitText(page, '#report-status', expectedName(ext));
  }
});

test('error states: a bad range, no network', async () => {
  const { page } = state;
  const yesterday = new Date(`${state.today}T00:00:00Z`);
  yesterday.setUTCDate(yesterday.getUTCDate() - 1);
  await showRange(page, state.today, yesterday.toISOString().slice(0, 10));
  await waitText(page, '#report-error', 'Der Zeitraum geht so nicht: to:');

  await page.route('**/api/v1/manage/figures?*', (route) => route.abort('internetdisconnected'));
  await showRange(page, state.today, state.today);
  await waitText(page, '#report-error', 'Der Server ist nicht erreichbar');
  await page.unroute('**/api/v1/manage/figures?*');
  await showRange(page, state.today, state.today);
  await waitText(page, '#report-status', 'Bericht vom');
  assert.equal((await page.textContent('#report-error')).trim(), '', 'the error is gone after a good report');
});

test('English replaces the texts and the service names', async () => {
  const { page } = state;
  await page.selectOption('#lang', 'en');
  await waitText(page, 'h1', 'Manager\'s figures');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await waitText(page, '#summary thead', 'Served');
  const english = await apiFigures(`?from=${state.today}&to=${state.today}&lang=en`);
  for (const row of english.json.rows) await waitText(page, '#summary tbody', row.service);
  assert.ok(await summaryRow(page, 'All services'), 'the total row in English');
  assert.equal(await page.textContent('#show'), 'Show');
  await assertAccessible(page, 'report in English');
  await page.selectOption('#lang', 'de');
  await waitText(page, 'h1', 'Kennzahlen der Leitung');
});

test('an expired session goes back to the sign-in', async () => {
  const { page } = state;
  // A new password ends every session of the manager (the same password again is enough).
  env.office.admin(['user', 'reset-password', 'maria'], USERS.maria[1] + '\n');
  delete env.office.sessions.maria;
  await page.click('#show');
  await waitText(page, '#signin-error', 'Ihre Sitzung ist abgelaufen');
  assert.equal(await page.isVisible('#report'), false);
  assert.equal(await page.isVisible('#results'), false);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'user', 'focus is on the user name');
  await assertNoProblems(state.phone);
});
