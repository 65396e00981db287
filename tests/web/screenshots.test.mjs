// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// Screenshots of every state (waiting, called, cancelled, unknown, offline) in German and English at
// 390×844, saved to docs/images/live-ticket/ and shown in docs/live-ticket.md; axe-core in each.
import { test } from 'node:test';
import { screenshot } from './lib/browser.mjs';
import { assertAccessible, assertNoProblems, serveUntil, useOffice, waitText, waitView } from './lib/fixture.mjs';

const env = useOffice('screenshots');
const TEXT = {
  de: { waiting: 'Sie wurden noch nicht aufgerufen', called: 'Bitte gehen Sie zu Schalter 3', cancel: 'Ja, stornieren',
    cancelled: 'Ticket storniert', unknown: 'Dieses Ticket gibt es nicht (mehr)', offline: 'Verbindung wird wiederhergestellt' },
  en: { waiting: 'You have not been called yet', called: 'Please go to Schalter 3', cancel: 'Yes, cancel',
    cancelled: 'Ticket cancelled', unknown: 'This ticket does not exist (any more)', offline: 'Reconnecting' },
};
const locale = { de: 'de-DE', en: 'en-GB' };

for (const lang of ['de', 'en']) {
  test(`every state in ${lang}`, async () => {
    const { office } = env;
    const text = TEXT[lang];
    const ahead = [await office.issue(1), await office.issue(1)];
    const mine = await office.issue(1, { language: lang });

    const phone = await env.open(mine.token, { locale: locale[lang], permissions: ['notifications'] });
    const { page, context } = phone;
    await waitText(page, '#w-status', text.waiting);
    await page.getByLabel(lang === 'de' ? '10 Minuten' : '10 minutes').check();
    await assertAccessible(page, `waiting (${lang})`);
    await screenshot(page, `waiting-${lang}`);

    await context.setOffline(true);
    await waitText(page, '#banner', text.offline);
    await assertAccessible(page, `offline (${lang})`);
    await screenshot(page, `offline-${lang}`);
    await context.setOffline(false);
    await page.locator('#banner').waitFor({ state: 'hidden' });

    await office.counter(3, 'open');
    for (const t of ahead) {
      await serveUntil(office, 3, t.number);
      await office.counter(3, 'start');
      await office.counter(3, 'finish');
    }
    await serveUntil(office, 3, mine.number);
    await waitText(page, '#c-go', text.called, 1000);
    await assertAccessible(page, `called (${lang})`);
    await screenshot(page, `called-${lang}`);
    await office.counter(3, 'start');
    await office.counter(3, 'finish');
    await office.counter(3, 'close');

    const other = await office.issue(2, { language: lang });
    const second = await env.open(other.token, { locale: locale[lang] });
    await second.page.click('#cancel-open');
    await second.page.locator('#cancel-dialog[open]').waitFor();
    await assertAccessible(second.page, `cancel dialog (${lang})`);
    await screenshot(second.page, `cancel-dialog-${lang}`);
    await second.page.getByRole('button', { name: text.cancel }).click();
    await waitText(second.page, '#e-title', text.cancelled);
    await assertAccessible(second.page, `cancelled (${lang})`);
    await screenshot(second.page, `cancelled-${lang}`);

    const third = await env.open(`no-such-ticket-${lang}-0123456789abcdef`, { view: 'end', locale: locale[lang] });
    await waitText(third.page, '#e-title', text.unknown);
    await assertAccessible(third.page, `unknown (${lang})`);
    await screenshot(third.page, `unknown-${lang}`);

    for (const p of [phone, second, third]) await assertNoProblems(p);
    await waitView(page, 'end');
  });
}
