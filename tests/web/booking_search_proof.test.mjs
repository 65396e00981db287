// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// Beyond its free slot searches a client address pays for each further one with a proof of work
// (docs/booking-api.md, GET /api/v1/booking/slots). The booking page does that by itself: a 403
// `proof_of_work` to a search makes it solve a challenge and ask again. Here the real civiq-central
// allows two free searches a minute per address and per subnet, so the office list alone (one
// search per office) spends them, and a citizen books on a phone all the same, at an office whose
// search was refused at first. The API side is checked by tests/e2e/test_central_limits.py.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoProblems, waitText, waitView } from './lib/fixture.mjs';
import { useCounty } from './lib/county.mjs';
import { PROOF_TIMEOUT_MS, activateFromMail, laterFreeDay, lookAt, sendContact } from './lib/booking_flow.mjs';

const FREE_SEARCHES = 2;
const env = useCounty('search-proof', {
  limits: { free_searches_per_minute: FREE_SEARCHES, free_searches_per_minute_per_subnet: FREE_SEARCHES },
});

// Every slot search the page makes, with the answer's status, and every `altcha` it sends (searches'
// and holds'); every error notice the page shows (role alert), across its navigations.
async function watch({ page }, seen) {
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/api/v1/booking/slots') {
      const search = { query: url.searchParams, altcha: url.searchParams.get('altcha'), status: null, failed: null };
      seen.searches.push(search);
      seen.byRequest.set(request, search);
    }
    if (url.pathname === '/api/v1/booking/holds' && request.method() === 'POST') {
      seen.holdAltchas.push(JSON.parse(request.postData() || '{}').altcha);
    }
  });
  page.on('response', (response) => {
    const search = seen.byRequest.get(response.request());
    if (search) search.status = response.status();
  });
  page.on('requestfailed', (request) => {
    const search = seen.byRequest.get(request);
    if (search) search.failed = request.failure()?.errorText || 'failed';
  });
  await page.exposeFunction('civiqNoticeShown', (text) => { seen.notices.push(text); });
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const el = document.getElementById('notice');
      if (!el) return;
      new MutationObserver(() => {
        if (el.textContent && !el.classList.contains('ok')) window.civiqNoticeShown(el.textContent);
      }).observe(el, { childList: true, characterData: true, subtree: true, attributes: true });
    });
  });
}

// The search without its proof: what the page asked first.
const unpaid = (search) => {
  const query = new URLSearchParams(search.query);
  query.delete('altcha');
  return query.toString();
};
const summary = (searches) => JSON.stringify(searches.map((s) => ({
  office: s.query.get('office'), from: s.query.get('from'), paid: Boolean(s.altcha), status: s.status, failed: s.failed,
})));

test('an address past its free searches still books: the page pays each further search with a proof of work', async (t) => {
  const seen = { searches: [], byRequest: new Map(), holdAltchas: [], notices: [] };
  const phone = await env.open('/booking/', { prepare: (p) => watch(p, seen) });
  const { page } = phone;
  const look = lookAt(page, { suffix: 'proof' });   // axe-core on each step
  await page.click('[data-service="1"] [data-role="plus"]');
  await look('1-services');
  await page.click('#services-next');
  await waitView(page, 'office');
  // The list searches every office offering the service, at once; each shows its next free day,
  // the ones beyond the free searches too.
  const offices = await page.locator('[data-office]').evaluateAll((buttons) => buttons.map((b) => b.dataset.office));
  assert.ok(offices.length > FREE_SEARCHES, `more offices than free searches: ${offices}`);
  for (const office of offices) await waitText(page, `[data-office="${office}"] .choice-next`, /\d/, PROOF_TIMEOUT_MS);
  await look('2-office');
  // The citizen chooses an office whose search was refused at first: its calendar is a paid one.
  const refusedFirst = seen.searches.find((s) => s.status === 403);
  assert.ok(refusedFirst, `no search was refused, so the free ones were never spent: ${summary(seen.searches)}`);
  const office = refusedFirst.query.get('office');
  await page.click(`[data-office="${office}"]`);
  await waitView(page, 'date', PROOF_TIMEOUT_MS);
  const day = await laterFreeDay(page);
  await look('3-date');
  await page.click(`.day[data-day="${day}"]`);
  await waitView(page, 'time');
  await look('4-time');
  const start = await page.locator('.time').first().getAttribute('data-start');
  await page.locator('.time').first().click();
  await waitView(page, 'contact', PROOF_TIMEOUT_MS);
  await sendContact(page, { email: 'paula@example.org', name: 'Paula Muster' });
  await activateFromMail(env, page, 'paula@example.org');
  assert.match(await page.textContent('#booking-code'), /^[A-Z]{3}-[0-9A-F]{8}$/);
  await waitText(page, '#booking-facts', start);

  const { searches } = seen;
  const report = summary(searches);
  assert.deepEqual(searches.filter((s) => s.failed || s.status === null), [], `every search was answered: ${report}`);
  // The server demanded proofs: some searches without one were refused with 403 …
  const refused = searches.filter((s) => s.status === 403);
  assert.ok(refused.length > 0, `no search was refused, so the free ones were never spent: ${report}`);
  assert.ok(refused.every((s) => !s.altcha), `only searches without a proof are refused: ${report}`);
  // … and each was asked again, after it, with a proof, and answered.
  for (const r of refused) {
    const at = searches.indexOf(r);
    assert.ok(searches.slice(at + 1).some((s) => s.altcha && s.status === 200 && unpaid(s) === unpaid(r)),
      `the refused search ${unpaid(r)} was not asked again with a proof: ${report}`);
  }
  const paid = searches.filter((s) => s.altcha);
  assert.ok(paid.length >= refused.length, report);
  assert.ok(paid.every((s) => s.status === 200), `every search with a proof is answered: ${report}`);
  // Each proof solved once and sent once (a solution pays for one search or one hold).
  const altchas = [...paid.map((s) => s.altcha), ...seen.holdAltchas];
  assert.ok(seen.holdAltchas.length >= 1 && seen.holdAltchas.every(Boolean), 'the hold carried a proof');
  assert.equal(new Set(altchas).size, altchas.length, 'every altcha sent is distinct');
  t.diagnostic(`${searches.length} searches: ${refused.length} refused with 403, ${paid.length} paid and answered; ${altchas.length} distinct proofs with the hold's`);
  // The citizen never saw an error.
  assert.deepEqual(seen.notices, [], 'the page showed an error notice');
  assert.equal(await page.textContent('#notice'), '');
  await assertNoProblems(phone);
});
