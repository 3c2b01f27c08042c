/**
 * The page's language: chosen by the person (remembered in this browser), else the first of the
 * browser's languages the portal speaks. The `<html>` element carries it (`lang`, and `dir="rtl"`
 * for Arabic), so the browser, screen readers and the CSS's logical properties follow.
 */
import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useCallback, useContext, useMemo, useState } from 'preact/hooks';
import { directionOf, isUnLanguage, preferredLanguage, type UnLanguage } from './languages.js';
import { translate, type Catalog, type Translate } from './messages.js';

const STORAGE_KEY = 'portal1540.language';

export function initialLanguage(): UnLanguage {
  const remembered = safeStorage()?.getItem(STORAGE_KEY);
  return isUnLanguage(remembered) ? remembered : preferredLanguage(navigator.languages ?? [navigator.language]);
}

export function applyLanguage(language: UnLanguage): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

interface LanguageState {
  language: UnLanguage;
  setLanguage(language: UnLanguage): void;
}

const LanguageContext = createContext<LanguageState>({ language: 'en', setLanguage: () => undefined });

export function LanguageProvider({ initial, children }: { initial: UnLanguage; children: ComponentChildren }) {
  const [language, setState] = useState(initial);
  const setLanguage = useCallback((next: UnLanguage) => {
    safeStorage()?.setItem(STORAGE_KEY, next);
    applyLanguage(next);
    setState(next);
  }, []);
  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export const useLanguage = () => useContext(LanguageContext);

/** A feature's messages in the page's language: `const t = useMessages(messages); t('title')`. */
export function useMessages<K extends string>(catalog: Catalog<K>): Translate<K> {
  const { language } = useLanguage();
  return useCallback((key: K, params) => translate(catalog, language, key, params), [catalog, language]);
}

/** Dates and numbers in the page's language (Arabic with Arabic digits, as Intl gives them). */
export function useFormats() {
  const { language } = useLanguage();
  return useMemo(() => {
    const day = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    const moment = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    const number = new Intl.NumberFormat(language);
    return {
      /** An ISO date (`2026-03-15`) as a calendar day, wherever the reader is. */
      date: (iso: string) => day.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)),
      dateTime: (iso: string) => moment.format(new Date(iso)),
      number: (value: number) => number.format(value),
      bytes: (value: number) => (value < 1024 ? `${number.format(value)} B` : `${number.format(Math.round(value / 1024))} KB`),
    };
  }, [language]);
}

/** Storage may be refused (privacy settings): the portal still works, it only forgets. */
function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
