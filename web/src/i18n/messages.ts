/**
 * Message catalogs: each feature keeps its own (`features/<feature>/messages.ts`), written with
 * `defineMessages`, English first; the type makes every other language carry exactly the same
 * keys. `{name}` in a message is replaced by the value of the parameter `name`.
 */
import type { UnLanguage } from './languages.js';

export type Catalog<K extends string> = Readonly<Record<UnLanguage, Readonly<Record<K, string>>>>;

export function defineMessages<K extends string>(catalog: { en: Record<K, string> } & Record<Exclude<UnLanguage, 'en'>, Record<K, string>>): Catalog<K> {
  return catalog;
}

export type Params = Readonly<Record<string, string | number>>;
export type Translate<K extends string> = (key: K, params?: Params) => string;

/** The message in a language, with its parameters filled in. */
export function translate<K extends string>(catalog: Catalog<K>, language: UnLanguage, key: K, params?: Params): string {
  const template = catalog[language][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
