// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// "Benachrichtigen, wenn ich dran bin in: 5/10/15 Minuten": when the estimate drops below the chosen
// time the page raises the same alert as a call (on-page alert for screen readers, vibration, sound,
// and a system notification when the citizen allowed them); the call itself notifies too.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertAccessible, assertNoProblems, serveUntil, useOffice, waitText, waitView } from './lib/fixture.mjs';

const env = useOffice('notify');

test('the "notify me" alert fires when the estimate drops below 15 minutes, then the call notifies', async () => {
  const { office } = env;
  await office.issue(1);
  await office.issue(1);
  const mine = await office.issue(1);
  await office.counter(3, 'open'); // with no counter open there is no estimate, only "closed"
  const before = (await office.ticket(mine.token)).estimated_wait_s;
  assert.ok(before > 15 * 60, `the test needs an estimate above 15 minutes at first, got ${before} s`);

  const phone = await env.open(mine.token, { permissions: ['notifications'] });
  const { page } = phone;
  assert.equal(await page.isHidden('#allow-notifications'), true, 'notifications are already allowed');
  await page.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration('/t/static/')));

  await page.getByLabel('15 Minuten').check();
  await waitText(page, '#notify-state', 'Wir melden uns, sobald Sie voraussichtlich in 15 Minuten dran sind.');
  assert.equal(await page.isHidden('#soon-alert'), true, 'no alert while the estimate is above 15 minutes');
  await assertAccessible(page, 'waiting, notify set');

  // the queue moves: tickets ahead are called and served until the estimate is 15 minutes or less
  let estimate = before;
  for (let i = 0; i < 4 && estimate > 15 * 60; i += 1) {
    const called = await office.counter(3, 'call-next');
    assert.notEqual(called.current.number, mine.number, 'the estimate should drop before the call');
    await office.counter(3, 'start');
    await office.counter(3, 'finish');
    estimate = (await office.ticket(mine.token)).estimated_wait_s;
  }
  assert.ok(estimate <= 15 * 60, `estimate is now ${estimate} s`);
  await waitText(page, '#soon-alert', 'Gleich sind Sie dran (in weniger als 15 Minuten).', 2000);
  assert.equal(await page.getAttribute('#soon-alert', 'role'), 'alert');
  const soon = await page.evaluate(() => window.__civiq);
  assert.deepEqual(soon.notifications.map((n) => n.title), [`Gleich sind Sie dran: ${mine.number}`]);
  assert.equal(soon.vibrations.length, 1);
  await assertAccessible(page, 'waiting, soon alert');

  // the call: a second notification, with where to go
  await serveUntil(office, 3, mine.number);
  await waitView(page, 'called', 1000);
  await page.waitForFunction(() => window.__civiq.notifications.length === 2);
  const called = await page.evaluate(() => window.__civiq.notifications[1]);
  assert.deepEqual(called, { title: `Sie sind dran: ${mine.number}`, body: 'Bitte gehen Sie zu Schalter 3' });
  assert.equal(await page.evaluate(() => window.__civiq.vibrations.length), 2);
  await assertNoProblems(phone);
});

test('notifications blocked by the browser: the page says so and still alerts on the page', async () => {
  const { office } = env;
  const mine = await office.issue(2);
  const phone = await env.open(mine.token); // headless chromium denies notifications unless granted
  const { page } = phone;
  assert.equal(await page.evaluate(() => Notification.permission), 'denied');
  assert.equal(await page.isHidden('#allow-notifications'), true, 'no button that cannot work');
  // the estimate (about 5 minutes for the only ticket of service 2) is already below 10 minutes
  await page.getByLabel('10 Minuten').check();
  await waitText(page, '#soon-alert', 'Gleich sind Sie dran (in weniger als 10 Minuten).', 2000);
  await waitText(page, '#notify-state', 'Ihr Browser blockiert Benachrichtigungen.');
  assert.equal(await page.evaluate(() => window.__civiq.notifications.length), 0);
  assert.equal(await page.evaluate(() => window.__civiq.vibrations.length), 1);
  // the choice survives a reload, and the alert does not fire twice
  await page.reload();
  await waitView(page, 'waiting');
  assert.equal(await page.isChecked('input[name=notify][value="10"]'), true);
  assert.equal(await page.isHidden('#soon-alert'), true);
  assert.equal(await page.evaluate(() => window.__civiq.vibrations.length), 0);
  await assertNoProblems(phone);
});

test('not asked yet: a button asks for permission, then disappears', async () => {
  const { office } = env;
  const mine = await office.issue(2);
  // a phone browser that has not asked yet ("default"); headless chromium has no prompt to click
  const askable = () => {
    let permission = 'default';
    Object.defineProperty(window.Notification, 'permission', { get: () => permission, configurable: true });
    window.Notification.requestPermission = async () => { window.__civiq.asked = true; permission = 'granted'; return permission; };
  };
  const phone = await env.open(mine.token, { prepare: ({ context }) => context.addInitScript(askable) });
  const { page } = phone;
  await waitText(page, '#allow-notifications', 'Benachrichtigungen auf diesem Gerät erlauben');
  await assertAccessible(page, 'waiting, may ask for notifications');
  await page.click('#allow-notifications');
  await page.locator('#allow-notifications').waitFor({ state: 'hidden' });
  assert.equal(await page.evaluate(() => window.__civiq.asked), true);
  await assertNoProblems(phone);
});
