/**
 * The web portal's message catalogs: every language says every message, none is blank, and each
 * translation keeps the English message's placeholders (a lost `{name}` would print nothing where
 * the name belongs). The language the page opens in follows the browser's list.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { preferredLanguage, UI_LANGUAGES } from '../../../web/src/i18n/languages.js';
import { translate, type Catalog } from '../../../web/src/i18n/messages.js';

const root = join(import.meta.dirname, '../../..');
const catalogFiles = readdirSync(join(root, 'web/src'), { recursive: true, encoding: 'utf8' })
  .filter((file) => /(^|\/)(messages|domainMessages)\.ts$/.test(file) && !file.startsWith('i18n/'))
  .map((file) => join(root, 'web/src', file));

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogs', () => {
  it('are found in every feature', () => {
    expect(catalogFiles.length).toBeGreaterThanOrEqual(7);
  });

  for (const file of catalogFiles) {
    it(`${relative(root, file)}: six languages, every key, no blank, the English placeholders`, async () => {
      const catalogs = Object.values(await import(pathToFileURL(file).href)) as Catalog<string>[];
      expect(catalogs.length).toBeGreaterThan(0);
      for (const catalog of catalogs) {
        const keys = Object.keys(catalog.en);
        for (const language of UI_LANGUAGES) {
          expect(Object.keys(catalog[language]).sort(), `${language} keys`).toEqual([...keys].sort());
          for (const key of keys) {
            const text = catalog[language][key]!;
            expect(text.trim(), `${language}.${key}`).not.toBe('');
            expect(placeholders(text), `${language}.${key}`).toEqual(placeholders(catalog.en[key]!));
          }
        }
      }
    });
  }
});

describe('the page language', () => {
  it("is the first of the browser's languages the portal speaks, by its primary subtag", () => {
    expect(preferredLanguage(['de-CH', 'fr-CH', 'en'])).toBe('fr');
    expect(preferredLanguage(['zh-Hans-CN'])).toBe('zh');
    expect(preferredLanguage(['AR'])).toBe('ar');
  });

  it('is English when the browser names none of the six', () => {
    expect(preferredLanguage(['de', 'pt-BR'])).toBe('en');
    expect(preferredLanguage([])).toBe('en');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const catalog = { en: { hello: 'Hello {name}, {unknown}' } } as unknown as Catalog<'hello'>;
    expect(translate(catalog, 'en', 'hello', { name: 'France' })).toBe('Hello France, {unknown}');
  });
});
