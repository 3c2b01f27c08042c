/**
 * Hostile documents, made in the tests (small on disk, costly to read): compressed streams that
 * expand far beyond their size.
 */
import { constants, deflateRawSync } from 'node:zlib';

const MiB = 1024 * 1024;
const latin1 = (text: string) => Buffer.from(text, 'latin1');

/**
 * zlib data that inflates to `prefix`, then `mebibytes` MiB of `fill` (whose length divides a MiB),
 * made in milliseconds: each part compressed alone and fully flushed (so it refers to nothing
 * before it), the MiB repeated, then a final block and an Adler-32 that pdf.js does not check.
 */
export function zlibRepeating(mebibytes: number, fill = ' ', prefix = ''): Buffer {
  const flushed = (data: Buffer) => deflateRawSync(data, { finishFlush: constants.Z_FULL_FLUSH });
  const block = flushed(latin1(fill.repeat(MiB / fill.length)));
  return Buffer.concat([
    Buffer.from([0x78, 0x9c]),
    flushed(latin1(prefix)),
    ...Array.from({ length: mebibytes }, () => block),
    deflateRawSync(Buffer.alloc(0)),
    Buffer.alloc(4),
  ]);
}

/** A one-page PDF whose content stream is `stream`, with the filter given (a cross-reference table that is right). */
export function pdfWithContentStream(stream: Uint8Array, filter = '/FlateDecode'): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    undefined,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const parts: Buffer[] = [latin1('%PDF-1.4\n')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  const push = (part: Buffer) => {
    parts.push(part);
    length += part.length;
  };
  objects.forEach((body, i) => {
    offsets.push(length);
    if (body !== undefined) push(latin1(`${i + 1} 0 obj\n${body}\nendobj\n`));
    else {
      push(latin1(`${i + 1} 0 obj\n<< /Length ${stream.length} ${filter ? `/Filter ${filter} ` : ''}>>\nstream\n`));
      push(Buffer.from(stream));
      push(latin1('\nendstream\nendobj\n'));
    }
  });
  const xref = length;
  push(latin1(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`));
  push(latin1(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(parts));
}

/** A PDF of about a KB per MiB whose one content stream inflates to `mebibytes` MiB of blank space. */
export function pdfInflatingTo(mebibytes: number): Uint8Array {
  return pdfWithContentStream(zlibRepeating(mebibytes));
}
