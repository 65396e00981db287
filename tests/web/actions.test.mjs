// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The citizen's own actions through the API: postpone ("Zurückstellen", by places; the server clamps
// to the people behind and allows max_postponements) and cancel (with confirmation; afterwards the
// page says so and offers nothing else).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertAccessible, assertNoProblems, useOffice, waitText, waitView } from './lib/fixture.mjs';

const env = useOffice('actions');

test('postpone by places, to the end, then the server limit', async () => {
  const { office } = env;
  const mine = await office.issue(1);
  for (let i = 0; i < 3; i += 1) await office.issue(1);
  const phone = await env.open(mine.token);
  const { page } = phone;
  await waitText(page, '#w-position', 'Pos. 1 von 4');

  await page.click('#postpone-open');
  await page.locator('#postpone-dialog[open]').waitFor();
  const choices = await page.locator('#postpone-choices .choice').allInnerTexts();
  assert.deepEqual(choices.map((c) => c.split('\n')[0]), ['1 Person vorlassen', 'Ans Ende der Warteschlange (3)']);
  assert.ok(await page.isChecked('#postpone-choices input[value="1"]'), 'the smallest step is preselected');
  await assertAccessible(page, 'postpone dialog');
  await page.click('#postpone-confirm');
  await waitText(page, '#w-position', 'Pos. 2 von 4');
  await waitText(page, '#action-note', 'Ihr Ticket wurde zurückgestellt.');
  assert.equal((await office.ticket(mine.token)).position, 2);

  await page.click('#postpone-open');
  await page.check('#postpone-choices input[value="2"]');
  await page.click('#postpone-confirm');
  await waitText(page, '#w-position', 'Pos. 4 von 4');
  assert.equal((await office.ticket(mine.token)).position, 4);

  // Last in line with no postponement left: the page does not offer what cannot work.
  await page.locator('#postpone-open').waitFor({ state: 'hidden' });
  assert.equal((await office.ticket(mine.token)).can_postpone, false);

  // A new ticket behind, but the server allows two postponements (max_postponements = 2).
  await office.issue(1);
  await waitText(page, '#w-position', 'Pos. 4 von 5');
  assert.equal(await page.isHidden('#postpone-open'), true, 'no postponement left');
  assert.equal((await office.ticket(mine.token)).position, 4);
  await assertNoProblems(phone);
});

test('a priority ticket is called first anyway: postponing is not offered', async () => {
  const { office } = env;
  const mine = await office.issue(2, { priority: true });
  const behind = await office.issue(2);
  const phone = await env.open(mine.token);
  const { page } = phone;
  await waitText(page, '#w-position', 'Pos. 1 von 2');
  assert.equal(await page.isHidden('#postpone-open'), true);
  assert.equal(await page.isVisible('#cancel-open'), true, 'cancelling stays possible');
  assert.equal((await office.ticket(mine.token)).can_postpone, false);
  await assertNoProblems(phone);
  for (const ticket of [mine, behind]) await office.cancelTicket(ticket.token);  // the next tests start empty
});

async function openCancelDialog(page) {
  await page.click('#cancel-open');
  await page.locator('#cancel-dialog[open]').waitFor();
}

async function dialogClosedTicketKept(page, office, token) {
  await page.locator('#cancel-dialog[open]').waitFor({ state: 'detached' });
  assert.equal((await office.ticket(token)).status, 'waiting');
}

test('cancel asks first; "no" and Escape keep the ticket; "yes" cancels and nothing else is offered', async () => {
  const { office } = env;
  const mine = await office.issue(2);
  const phone = await env.open(mine.token);
  const { page } = phone;

  await openCancelDialog(page);
  await waitText(page, '#cancel-text', `Ihre Nummer ${mine.number} verfällt dann.`);
  await assertAccessible(page, 'cancel dialog');
  await page.getByRole('button', { name: 'Nein, Ticket behalten' }).click();
  await dialogClosedTicketKept(page, office, mine.token);

  await openCancelDialog(page);
  await page.keyboard.press('Escape');
  await dialogClosedTicketKept(page, office, mine.token);

  await page.click('#cancel-open');
  await page.getByRole('button', { name: 'Ja, stornieren' }).click();
  await waitView(page, 'end');
  await waitText(page, '#e-title', 'Ticket storniert');
  await waitText(page, '#e-text', `Ihr Ticket ${mine.number} ist storniert.`);
  assert.equal((await office.ticket(mine.token)).status, 'cancelled');
  assert.equal(await page.locator('main button:visible, main input:visible').count(), 0, 'nothing else is offered');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'e-title');
  await assertAccessible(page, 'cancelled');

  // reopening the link later shows the same
  await page.reload();
  await waitView(page, 'end');
  await waitText(page, '#e-title', 'Ticket storniert');
  await assertNoProblems(phone);
});

test('an open dialog closes when the ticket is called meanwhile', async () => {
  const { office } = env;
  const mine = await office.issue(2);
  const phone = await env.open(mine.token);
  const { page } = phone;
  await openCancelDialog(page);
  await office.counter(4, 'open');
  await office.counter(4, 'call-next');
  await waitView(page, 'called', 1000);
  await waitText(page, '#c-go', 'Bitte gehen Sie zu Schalter 4');
  assert.equal(await page.locator('dialog[open]').count(), 0);
  await assertNoProblems(phone);
});
