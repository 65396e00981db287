// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// GET / is the branch's start page (issue #18: it answered a JSON 404): the office's name, how the
// live ticket works, the links for IT, and what a demo runs when the demo put a demo.json beside it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { newPhone } from './lib/browser.mjs';
import { assertAccessible, assertNoProblems, useOffice, waitText } from './lib/fixture.mjs';

const env = useOffice('start-page');

test('the start page names the office and links the API reference', async () => {
  const phone = await newPhone(env.browser);
  env.phones.push(phone);
  const { page } = phone;
  const response = await page.goto(env.office.base + '/');
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-type'], /^text\/html/);
  await waitText(page, '#office', 'Bürgerbüro Löbau');
  await waitText(page, '#today', /\d\d:\d\d/);
  assert.equal(await page.title(), 'Bürgerbüro Löbau · civiq');
  assert.equal(await page.isVisible('#demo'), false, 'no demo section outside a demo');
  const reference = await page.getAttribute('a[href="/api/v1/openapi.json"]', 'href');
  assert.equal(reference, '/api/v1/openapi.json');
  await assertAccessible(page, 'start page');
  await assertNoProblems(phone);
});

test('in a demo the start page lists what runs', async () => {
  const { office } = env;
  const demo = { parts: [{ label: 'Neues Ticket', text: 'scripts/demo-ticket' },
    { label: 'API', text: 'Zustand', url: office.base + '/api/v1/health' }] };
  // The server reads its web root at start: the demo writes demo.json before starting it.
  fs.writeFileSync(path.join(office.webRoot, 'static', 'demo.json'), JSON.stringify(demo));
  await office.stop();
  await office.start(office.port);
  const phone = await newPhone(env.browser);
  env.phones.push(phone);
  const { page } = phone;
  await page.goto(office.base + '/');
  await waitText(page, '#demo-parts', 'scripts/demo-ticket');
  assert.equal(await page.getAttribute('#demo-parts a', 'href'), office.base + '/api/v1/health');
  await assertAccessible(page, 'start page in a demo');
  await assertNoProblems(phone);
});
