/**
 * Language of the running text: scripts decide Arabic, Chinese and Russian; among Latin-script
 * texts franc is asked to choose only between English, French and Spanish (unrestricted, it
 * mislabels short Spanish as Galician and Russian as Bulgarian).
 */
import { franc } from 'franc-min';
import type { Language } from '../contract.js';

const LATIN_CHOICES = { eng: 'en', fra: 'fr', spa: 'es' } as const;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Function words: decisive on short texts where trigram statistics are thin. */
const FUNCTION_WORDS = {
  en: /(?<![\p{L}])(?:the|and|of|to|is|with|for|which|has|been|are)(?![\p{L}])/giu,
  fr: /(?<![\p{L}])(?:le|la|les|des|du|et|est|dans|pour|sur|une|aux)(?![\p{L}])/giu,
  es: /(?<![\p{L}])(?:el|la|los|las|del|y|es|en|para|por|una|con)(?![\p{L}])/giu,
} as const;

/** Letters per script, in one pass over the characters (no match arrays). */
function scriptCounts(text: string): { arabic: number; cjk: number; cyrillic: number; latin: number } {
  let arabic = 0;
  let cjk = 0;
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f)) arabic++;
    else if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if (c >= 0x4e00 && c <= 0x9fff) cjk++;
  }
  return { arabic, cjk, cyrillic, latin };
}

export function detectLanguage(text: string): Language {
  const sample = text.length > 60_000 ? text.slice(0, 60_000) : text;
  const { arabic, cjk, cyrillic, latin } = scriptCounts(sample);
  const letters = arabic + cjk + cyrillic + latin;
  if (letters < 10) return 'other';
  // A Chinese character carries about as much text as three Latin letters.
  const scores = { ar: arabic, zh: cjk * 3, ru: cyrillic, latin };
  const top = (Object.entries(scores) as Array<[keyof typeof scores, number]>).sort((a, b) => b[1] - a[1])[0]!;
  if (top[0] !== 'latin') return top[0];
  // Twenty thousand characters settle English, French or Spanish; trigram counting is what costs.
  const latinText = sample.slice(0, 20_000).replace(/[^A-Za-z\u00C0-\u024F'’\s]/gu, ' ');
  const guess = franc(latinText, { only: Object.keys(LATIN_CHOICES), minLength: 10 });
  const byTrigrams = LATIN_CHOICES[guess as keyof typeof LATIN_CHOICES];
  const words = (Object.keys(FUNCTION_WORDS) as Array<keyof typeof FUNCTION_WORDS>)
    .map((lang) => [lang, count(latinText, FUNCTION_WORDS[lang])] as const)
    .sort((a, b) => b[1] - a[1]);
  const [first, second] = words;
  if (first && second && first[1] >= 5 && first[1] > second[1] * 1.5) return first[0];
  if (byTrigrams) return byTrigrams;
  // Latin script but none of the three: German, Portuguese, Finnish... are "other".
  return first && first[1] > 0 ? first[0] : 'other';
}
