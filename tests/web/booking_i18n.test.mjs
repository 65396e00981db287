// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The booking pages (booking-web/) in English, Polish and Czech and right to left, against the real
// civiq-central (lib/county.mjs): every step of booking.test.mjs's flows (lib/booking_flow.mjs) in
// each language, with the language's own texts, axe-core clean at every impact level, and laid out
// for the reading direction (what starts a line sits on the reading side, nothing wider than the
// phone). English screenshots of every step and one right-to-left screenshot for docs/booking.md.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertAccessible, assertNoProblems, waitText, waitView } from './lib/fixture.mjs';
import { useCounty } from './lib/county.mjs';
import {
  bookAndConfirm, bookAndManage, holdThroughPages, lookAt, moveAndCancel, waitlistAndOffer,
} from './lib/booking_flow.mjs';

const env = useCounty('booking-i18n');
const LOCALES = { en: 'en-GB', pl: 'pl-PL', cs: 'cs-CZ' };

// What must sit on the side where reading starts (start) or ends (end), per step: the left half of
// the screen left to right, the right half right to left. Steps not named have nothing on a side of
// its own (one full-width button, dialogs whose two buttons stack on a phone).
const facts = (list) => ({ [`${list} .fact:first-child dt`]: 'start', [`${list} .fact:last-child dd`]: 'end' });
const SIDES = {
  '1-services': { '.service:first-child .service-name': 'start', '.service:first-child .stepper': 'end' },
  '2-office': { '#view-office .back': 'start' },
  '3-date': {
    '#view-date .back': 'start', '#cal-prev': 'start', '#cal-next': 'end',
    '#cal-weekdays th:first-child': 'start', '#cal-weekdays th:last-child': 'end',
  },
  '4-time': { '#view-time .back': 'start', '#time-list > :first-child .time': 'start' },
  '5-contact': { ...facts('#contact-facts'), '#contact-cancel': 'start', '#contact-submit': 'end' },
  '6-sent': facts('#sent-facts'),
  '8-booked': facts('#booking-facts'),
  '9-manage': { ...facts('#booking-facts'), '#attend-button': 'start', '#rebook-open': 'end' },
  '12-waitlist': facts('#booking-facts'),
  '13-offer': facts('#offer-facts'),
};

// What is wrong with the layout of step `name` in direction `dir`: the page scrolls sideways, a
// visible element reaches past the screen's edges, or an element of SIDES sits on the wrong side.
async function layoutProblems(page, name, dir) {
  return page.evaluate(([sides, rtl]) => {
    const width = document.documentElement.clientWidth;
    const problems = [];
    if (document.documentElement.dir !== (rtl ? 'rtl' : 'ltr')) problems.push(`the page is ${document.documentElement.dir}`);
    if (document.documentElement.scrollWidth > width) problems.push(`scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    // Screen-reader-only text (.sr-only) is cut to a 1 px box on purpose; nobody sees it.
    const hidden = (el) => el.closest('.sr-only') !== null;
    for (const el of document.querySelectorAll('body *')) {
      if (!el.getClientRects().length || hidden(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.left < -1 || r.right > width + 1) problems.push(`${el.id || el.className || el.tagName} reaches past the screen (${Math.round(r.left)}..${Math.round(r.right)})`);
    }
    for (const [selector, side] of Object.entries(sides)) {
      const el = document.querySelector(selector);
      if (!el || !el.getClientRects().length) { problems.push(`${selector} is not shown`); continue; }
      const r = el.getBoundingClientRect();
      const left = (r.left + r.right) / 2 < width / 2;
      const wanted = (side === 'start') !== rtl ? 'left' : 'right';
      if ((wanted === 'left') !== left) problems.push(`${selector} is not on the ${wanted} (${Math.round(r.left)}..${Math.round(r.right)})`);
    }
    return problems;
  }, [SIDES[name] || {}, dir === 'rtl']);
}

// A look (lib/booking_flow.mjs) that also checks the layout for `dir`.
const lookLaidOut = (page, dir, options) => lookAt(page, {
  ...options,
  also: async (name) => assert.deepEqual(await layoutProblems(page, name, dir), [], `the layout of "${name}" (${options.suffix})`),
});

// The three flows of booking.test.mjs, on three phones (each a fresh start on /booking/).
async function everyStep(open, look, who) {
  const first = await open();
  await bookAndConfirm(env, first.page, { ...who, look: look(first.page), email: `eva-${who.suffix}@example.org` });
  const second = await open();
  const moving = `max-${who.suffix}@example.org`;
  const chosen = await bookAndManage(env, second.page, { counts: { 2: 1 }, office: 'goerlitz', email: moving, name: 'Max Muster' });
  await moveAndCancel(env, second.page, { ...who, look: look(second.page), email: moving, chosen });
  const third = await open();
  const waiting = `ida-${who.suffix}@example.org`;
  // The day's second time: its first (or one of today's) is earlier, and free.
  const later = await bookAndManage(env, third.page, { counts: { 2: 1 }, office: 'niesky', time: 1, email: waiting, name: 'Ida Muster' });
  await waitlistAndOffer(env, third.page, { ...who, look: look(third.page), email: waiting, chosen: later });
  for (const phone of [first, second, third]) await assertNoProblems(phone);
}

for (const lang of Object.keys(LOCALES)) {
  test(`in ${lang}, every step speaks ${lang}, is accessible and laid out left to right${lang === 'en' ? '; English screenshots' : ''}`, async () => {
    const open = async () => {
      const phone = await env.open('/booking/', { locale: LOCALES[lang] });
      assert.equal(await phone.page.getAttribute('html', 'lang'), lang);
      return phone;
    };
    await everyStep(open, (page) => lookLaidOut(page, 'ltr', { suffix: lang, shots: lang === 'en' }), { lang, suffix: lang });
  });
}

// Right to left as a language file would have it ("dir": "rtl" in static/i18n/de.json, served so
// here), so it holds after every reload and link; the German texts stay.
test('right to left, every step is mirrored, fits the phone and is accessible', async () => {
  const open = () => env.open('/booking/', {
    prepare: ({ page }) => page.route('**/booking/static/i18n/de.json', async (route) => {
      const response = await route.fetch();
      const dict = { ...await response.json(), dir: 'rtl' };
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(dict) });
    }),
  });
  await everyStep(open, (page) => lookLaidOut(page, 'rtl', { suffix: 'rtl', shots: ['3-date'] }), { lang: 'de', suffix: 'rtl' });
});

test('in English the pages speak English, switch to Polish, and unknown links say what to do', async () => {
  const phone = await env.open('/booking/', { locale: 'en-GB' });
  const { page } = phone;
  await waitText(page, '#services-title', 'What do you need to do?');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await holdThroughPages(page, { counts: { 4: 1 }, office: 'zittau' });
  await waitText(page, '#contact-facts', 'Disability card');
  // Switching the language redraws the step in Polish.
  await page.selectOption('#lang', 'pl');
  await waitText(page, '#contact-title', 'Twoje dane kontaktowe');
  await waitText(page, '#contact-facts', 'Legitymacja');
  await assertAccessible(page, 'contact, switched to pl');

  const stranger = await env.open('/booking/activate/' + 'x'.repeat(43), { view: 'activate', locale: 'en-GB' });
  await stranger.page.click('#activate-button');
  await waitView(stranger.page, 'message');
  await waitText(stranger.page, '#message-title', 'This link is unknown');
  await assertAccessible(stranger.page, 'unknown activation');
  const manage = await env.open('/booking/manage/' + 'y'.repeat(43), { view: 'message', locale: 'en-GB' });
  await waitText(manage.page, '#message-title', 'This link is unknown');
  await assertAccessible(manage.page, 'unknown manage link');
  await assertNoProblems(phone);
});
