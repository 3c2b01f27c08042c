/**
 * Decoding of plain-text uploads: UTF-8 and UTF-16 (with a BOM, or recognised by their zero
 * bytes), else the legacy code page whose decoding reads most like language (windows-1251 for
 * Russian, windows-1256 for Arabic, GB18030 for Chinese, windows-1252 for Western text).
 */
const LEGACY_ENCODINGS = ['windows-1251', 'windows-1256', 'gb18030', 'windows-1252'] as const;

export interface DecodedText {
  text: string;
  encoding: string;
}

function decode(bytes: Uint8Array, encoding: string, fatal = false): string {
  return new TextDecoder(encoding, { fatal }).decode(bytes);
}

/** UTF-16 without a BOM: ASCII-range text has a zero in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenZeros++;
      else oddZeros++;
    }
  }
  const half = sample.length / 2;
  if (oddZeros > half * 0.3 && evenZeros < half * 0.05) return 'utf-16le';
  if (evenZeros > half * 0.3 && oddZeros < half * 0.05) return 'utf-16be';
  return undefined;
}

/** Frequent letters and signs of each script: real text is full of them, mis-decodings are not. */
const COMMON = {
  'windows-1251': /[оеаинтсрвлкмдпуяыь]/gu,
  'windows-1256': /[الميونرتبهعةد]/gu,
  gb18030: /[的国和一是在不了有会中为以于人年法部条关规定制武器核化学生物，。、]/gu,
  'windows-1252': /[etaoinsrhldcu]/gu,
} as const;

function plausibility(text: string, encoding: (typeof LEGACY_ENCODINGS)[number]): number {
  const sample = text.slice(0, 20_000);
  const common = sample.match(COMMON[encoding])?.length ?? 0;
  const odd = sample.match(/[\uFFFD\u0080-\u009F]/gu)?.length ?? 0;
  return (common - 5 * odd) / Math.max(1, sample.length);
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decode(bytes.subarray(3), 'utf-8'), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: decode(bytes, utf16), encoding: utf16 };
  try {
    return { text: decode(bytes, 'utf-8', true), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: one of the legacy code pages still in use for reports.
  }
  let best: DecodedText = { text: decode(bytes, 'windows-1252'), encoding: 'windows-1252' };
  let bestScore = -Infinity;
  for (const encoding of LEGACY_ENCODINGS) {
    const text = decode(bytes, encoding);
    const score = plausibility(text, encoding);
    if (score > bestScore) {
      bestScore = score;
      best = { text, encoding };
    }
  }
  return best;
}

/** Share of control characters (other than tab/newline): high in binary files. */
export function controlCharacterShare(text: string): number {
  const sample = text.slice(0, 8192);
  const controls = sample.match(/[\u0000-\u0008\u000E-\u001F]/gu)?.length ?? 0;
  return controls / Math.max(1, sample.length);
}
