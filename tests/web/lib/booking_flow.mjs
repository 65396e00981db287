// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The booking pages' flows in any language, shared by booking.test.mjs (German) and
// booking_i18n.test.mjs (English, Polish, Czech, right-to-left). The texts a flow expects come from
// the page's own language file, so one flow checks every language; booking.test.mjs adds literal
// German checks on top. A flow calls `look(name)` at every step docs/booking.md shows (1-services …
// 13-offer) and at a few more states; the test decides what a look does (lookAt: axe-core, a
// screenshot, layout checks).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assertAccessible, waitText, waitView } from './fixture.mjs';
import { screenshot } from './browser.mjs';
import { BOOKING_SOURCE } from './county.mjs';

export const PROOF_TIMEOUT_MS = 30000;   // the proof of work runs in the phone's worker
export const BOOKING_LANGS = ['de', 'en', 'pl', 'cs'];

// Today in the offices' time zone. Flows choose a later day: today's next slot can become too soon
// to book (the lead time) while a test runs.
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
const LATER_FREE_DAY = `.day.free:not([data-day="${TODAY}"])`;

// ----------------------------------------------------------------------------- texts

const dicts = {};
export function dictOf(lang) {
  if (!dicts[lang]) dicts[lang] = JSON.parse(fs.readFileSync(path.join(BOOKING_SOURCE, 'static', 'i18n', `${lang}.json`), 'utf8'));
  return dicts[lang];
}
const escape = (s) => String(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// The text `key` of `lang` as the page shows it: a RegExp, the placeholders given in `vars`
// filled in, the others matching anything.
export function says(lang, key, vars = {}) {
  const template = dictOf(lang)[key];
  assert.equal(typeof template, 'string', `${lang}.json has no text ${key}`);
  return new RegExp(template.split(/(\{\w+\})/).map((part) => {
    const m = /^\{(\w+)\}$/.exec(part);
    if (!m) return escape(part);
    return m[1] in vars ? escape(vars[m[1]]) : '.+?';
  }).join(''));
}
export function pluralOf(lang, key, n) {
  const forms = dictOf(lang)[key];
  return (forms[new Intl.PluralRules(dictOf(lang).locale).select(n)] || forms.other).replace('{n}', String(n));
}

// ----------------------------------------------------------------------------- what a look does

// `look(name)` for a flow: axe-core on the page, then `also(name)` (a test's own checks), then a
// screenshot `${name}-${suffix}` of the numbered steps in `shots` (true: all of them).
export function lookAt(page, { suffix, shots = false, also = async () => {} }) {
  return async (name) => {
    await assertAccessible(page, `${name} (${suffix})`);
    await also(name);
    const numbered = /^\d+-/.test(name);
    if (numbered && (shots === true || (Array.isArray(shots) && shots.includes(name)))) {
      await screenshot(page, `${name}-${suffix}`, 'booking');
    }
  };
}

// ----------------------------------------------------------------------------- steps

// The first free day after today in the calendar (the next month's, on the last day of a month).
export async function laterFreeDay(page) {
  await page.locator('.day').first().waitFor();
  if (!await page.locator(LATER_FREE_DAY).count()) await page.click('#cal-next');
  await page.locator(LATER_FREE_DAY).first().waitFor();
  return page.locator(LATER_FREE_DAY).first().getAttribute('data-day');
}

// Services → office → day → time: stops on the contact form with the slot held. Returns the chosen
// office id, day and time.
export async function holdThroughPages(page, { counts = { 1: 1 }, office = 'loebau', time = 0, look = null } = {}) {
  for (const [id, n] of Object.entries(counts)) {
    for (let i = 0; i < n; i += 1) await page.click(`[data-service="${id}"] [data-role="plus"]`);
  }
  if (look) await look('1-services');
  await page.click('#services-next');
  await waitView(page, 'office');
  await waitText(page, `[data-office="${office}"] .choice-next`, /\d/);
  if (look) await look('2-office');
  await page.click(`[data-office="${office}"]`);
  await waitView(page, 'date');
  const day = await laterFreeDay(page);
  if (look) await look('3-date');
  await page.click(`.day[data-day="${day}"]`);
  await waitView(page, 'time');
  if (look) await look('4-time');
  const start = await page.locator('.time').nth(time).getAttribute('data-start');
  await page.locator('.time').nth(time).click();
  await waitView(page, 'contact', PROOF_TIMEOUT_MS);
  return { office, day, start };
}

// What zbarimg (the scanner's decoder, Debian's zbar-tools) reads in a PNG.
export function decodeQr(png) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'civiq-qr-')), 'qr.png');
  fs.writeFileSync(file, png);
  try {
    return execFileSync('zbarimg', ['--quiet', '--raw', file], { encoding: 'utf8' }).trim();
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

export async function sendContact(page, { name = 'Eva Muster', email }) {
  await page.fill('#name', name);
  await page.fill('#email', email);
  await page.click('#contact-submit');
  await waitView(page, 'sent');
}

// The activation link of the mail to `email` opened and confirmed: the page shows the booking.
export async function activateFromMail(env, page, email) {
  const [mail] = await env.county.mailsTo(email, 1);
  await page.goto(env.county.linkIn(mail, 'activate'));
  await waitView(page, 'activate');
  await page.click('#activate-button');
  await waitView(page, 'booking');
}

// Booked without looking on the way, confirmed, and the manage page (the confirmation mail's link) open.
export async function bookAndManage(env, page, { email, name, ...choice }) {
  const chosen = await holdThroughPages(page, choice);
  await sendContact(page, { email, name });
  await activateFromMail(env, page, email);
  const [, confirmation] = await env.county.mailsTo(email, 2);
  await page.goto(env.county.linkIn(confirmation, 'manage'));
  await waitView(page, 'booking');
  return chosen;
}

// The value of the row `label` in a list of facts (#contact-facts, #booking-facts, …).
export async function factIn(page, list, label) {
  return page.evaluate(([sel, l]) => {
    const row = [...document.querySelectorAll(`${sel} .fact`)].find((r) => r.querySelector('dt').textContent === l);
    return row ? row.querySelector('dd').textContent : null;
  }, [list, label]);
}

// ----------------------------------------------------------------------------- the flows

// Steps 1 to 9: services, office, day, time, contact data (wrong input said at the field first),
// the mail sent, its link opened (which changes nothing by itself) and confirmed, the code with its
// QR code, and the manage page. Returns the chosen slot and the code.
export async function bookAndConfirm(env, page, { lang, look, email, name = 'Eva Muster', counts = { 1: 1, 5: 2 }, office = 'loebau' }) {
  const dict = dictOf(lang);
  const chosen = await holdThroughPages(page, { counts, office, look });
  const { services } = await (await fetch(env.county.url('/api/v1/booking/services'))).json();
  const minutes = Object.entries(counts).reduce((sum, [id, n]) => sum + n * Math.round(services.find((s) => s.id === Number(id)).length_s / 60), 0);
  assert.equal(await factIn(page, '#contact-facts', dict.fact_length), pluralOf(lang, 'minutes', minutes));
  assert.equal(await factIn(page, '#contact-facts', dict.fact_time), dict.time_value.replace('{time}', chosen.start));
  await waitText(page, '#hold-note', says(lang, 'hold_note'));
  await look('5-contact');

  // Wrong input is said at the field, and nothing is sent.
  await page.click('#contact-submit');
  await waitText(page, '#name-error', says(lang, 'name_missing'));
  assert.equal(await page.evaluate(() => document.activeElement.id), 'name', 'the first wrong field has the focus');
  await look('contact, name missing');
  await page.fill('#name', name);
  await page.fill('#email', email.replace('@', '.'));
  await page.click('#contact-submit');
  await waitText(page, '#email-error', says(lang, 'email_invalid'));
  assert.equal(await page.getAttribute('#email', 'aria-invalid'), 'true');
  await look('contact, e-mail wrong');

  await sendContact(page, { name, email });
  await waitText(page, '#sent-text', says(lang, 'sent_text', { email }));
  await look('6-sent');

  // A mail scanner opening the link changes nothing: the page itself sends no POST until the click.
  const [mail] = await env.county.mailsTo(email, 1);
  const posts = [];
  page.on('request', (r) => { if (r.method() !== 'GET') posts.push(r.url()); });
  await page.goto(env.county.linkIn(mail, 'activate'));
  await waitView(page, 'activate');
  assert.deepEqual(posts, [], 'opening the activation page must not change anything');
  await look('7-activate');
  await page.click('#activate-button');
  await waitView(page, 'booking');
  const code = await page.textContent('#booking-code');
  assert.match(code, /^[A-Z]{3}-[0-9A-F]{8}$/);
  await waitText(page, '#booking-done', says(lang, 'done_activated'));
  await waitText(page, '#booking-facts', chosen.start);
  // The QR code beside it is that code, as the kiosk's scanner reads it.
  await page.waitForFunction(() => document.querySelector('#booking-qr').naturalWidth > 0);
  assert.equal(decodeQr(await page.locator('#booking-qr').screenshot()), code);
  await look('8-booked');

  // The confirmation mail carries the same code and the manage link, which shows the booking.
  const mails = await env.county.mailsTo(email, 2);
  assert.ok(mails[1].text.includes(code), 'the confirmation mail names the code');
  await page.goto(env.county.linkIn(mails[1], 'manage'));
  await waitView(page, 'booking');
  assert.equal(await page.textContent('#booking-code'), code);
  assert.equal(await page.isVisible('#manage-actions'), true);
  await look('9-manage');
  return { chosen, code };
}

// Steps 10 and 11 on the manage page of a booking of `chosen`: moving to another time of that day
// after a confirmation, then cancelling ("No" keeps it, "Yes" cancels it).
export async function moveAndCancel(env, page, { lang, look, email, chosen }) {
  const code = await page.textContent('#booking-code');
  await page.click('#rebook-open');
  await waitView(page, 'date');
  await page.locator(`.day.free[data-day="${chosen.day}"]`).click();
  await waitView(page, 'time');
  const other = page.locator(`.time:not([data-start="${chosen.start}"])`).first();
  const newStart = await other.getAttribute('data-start');
  await other.click();
  await page.locator('#confirm-dialog[open]').waitFor();
  await waitText(page, '#confirm-title', says(lang, 'rebook_title'));
  await look('10-rebook-dialog');
  await page.click('#confirm-yes');
  await waitView(page, 'booking', PROOF_TIMEOUT_MS);
  await waitText(page, '#booking-done', says(lang, 'done_moved'));
  assert.equal(await factIn(page, '#booking-facts', dictOf(lang).fact_time), dictOf(lang).time_value.replace('{time}', newStart));
  assert.equal(await page.textContent('#booking-code'), code, 'the code stays');
  const moved = await env.county.mailsTo(email, 3);
  assert.match(moved[2].calendar || '', /METHOD:REQUEST/);
  await look('moved');

  await page.click('#cancel-open');
  await page.locator('#confirm-dialog[open]').waitFor();
  await page.click('#confirm-keep');
  assert.equal(await page.isVisible('#manage-actions'), true);
  await page.click('#cancel-open');
  await page.locator('#confirm-dialog[open]').waitFor();
  await waitText(page, '#confirm-title', says(lang, 'cancel_title'));
  await look('11-cancel-dialog');
  await page.click('#confirm-yes');
  await waitText(page, '#booking-title', says(lang, 'booking_cancelled_title'));
  assert.equal(await page.isVisible('#manage-actions'), false);
  assert.equal(await page.isVisible('#code-card'), false);
  await look('cancelled');
  const cancelled = await env.county.mailsTo(email, 4);
  assert.match(cancelled[3].calendar || '', /METHOD:CANCEL/);
}

// Steps 12 and 13 on the manage page of a booking of `chosen` (not the day's first time): joining
// the waitlist; its round (every second here) holds an earlier slot and mails the offer's link;
// the offer page takes it.
export async function waitlistAndOffer(env, page, { lang, look, email, chosen }) {
  const dict = dictOf(lang);
  await page.click('#waitlist-join');
  await waitText(page, '#waitlist-text', says(lang, 'waitlist_waiting'));
  assert.equal(await page.isVisible('#waitlist-leave'), true);
  await look('12-waitlist');

  const offerMail = (await env.county.mailsTo(email, 3))[2];
  const offerLink = env.county.linkIn(offerMail, 'offer');
  // The earlier slot may be on an earlier day (today's), at the same time of day.
  const offer = await (await fetch(env.county.url(`/api/v1/booking/offers/${offerLink.split('/').pop()}`))).json();
  assert.ok(`${offer.day} ${offer.start}` < `${chosen.day} ${chosen.start}`, `the offer ${offer.day} ${offer.start} is earlier`);
  await page.goto(offerLink);
  await waitView(page, 'offer');
  await waitText(page, '#offer-note', says(lang, 'offer_held'));
  await waitText(page, '#offer-booked', chosen.start);
  const offeredTime = await factIn(page, '#offer-facts', dict.fact_time);
  assert.equal(offeredTime, dict.time_value.replace('{time}', offer.start));
  await look('13-offer');
  await page.click('#claim-button');
  await waitView(page, 'booking');
  await waitText(page, '#booking-done', says(lang, 'done_moved'));
  assert.equal(await factIn(page, '#booking-facts', dict.fact_time), offeredTime);
  await look('claimed');
  const [, , , movedMail] = await env.county.mailsTo(email, 4);
  assert.match(movedMail.calendar || '', /METHOD:REQUEST/);
}
