// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The dashboard's texts: static/i18n/{lang}.json, German first. t('key', {name: value}) fills in
// {name}; elements with data-i18n="key" get the text of their key.

export const LANGS = ['de', 'en'];
const cache = {};
let dict = null;

async function load(lang) {
  if (!cache[lang]) {
    cache[lang] = fetch(`/manage/static/i18n/${lang}.json`, { credentials: 'omit' })
      .then((res) => { if (!res.ok) throw new Error(`i18n ${lang}: ${res.status}`); return res.json(); })
      .catch((error) => { delete cache[lang]; throw error; });
  }
  return cache[lang];
}

// Switches to `lang` (German when unknown) and rewrites every [data-i18n] element.
export async function useLanguage(lang) {
  dict = await load(LANGS.includes(lang) ? lang : 'de');
  document.documentElement.lang = dict.lang;
  document.title = dict.page_title;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  return dict.lang;
}

export function t(key, values = {}) {
  const text = dict && key in dict ? dict[key] : key;
  return text.replace(/\{(\w+)\}/g, (all, name) => (name in values ? String(values[name]) : all));
}

export function locale() { return dict ? dict.locale : 'de-DE'; }
