/**
 * A minimal, bounded ZIP reader for OOXML containers (DOCX, XLSX).
 *
 * Why not unzipSync: it inflates whole parts into memory before we can object. Here the central
 * directory is read first, the declared sizes and ratios are checked before any inflation, and the
 * inflation itself is streamed with a byte counter, because a hostile archive can declare small
 * sizes and still inflate to gigabytes.
 */
import { Inflate } from 'fflate';
import { RejectedInputError } from '../contract.js';
import type { WorkBudget } from '../limits.js';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
  flags: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const CHUNK = 64 * 1024;

function corrupt(message: string, cause?: unknown): RejectedInputError {
  return new RejectedInputError('corrupt', `damaged zip container: ${message}`, { cause });
}

export function readZipDirectory(bytes: Uint8Array, budget: WorkBudget): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const searchFrom = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= searchFrom; i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt('end of central directory not found (the file is truncated?)');
  const count = view.getUint16(eocd + 10, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (count > budget.limits.maxZipEntries) {
    throw new RejectedInputError('archive_bomb', `the archive lists ${count} parts (limit ${budget.limits.maxZipEntries})`);
  }
  const entries: ZipEntry[] = [];
  let p = dirOffset;
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL_SIGNATURE) {
      throw corrupt('central directory entry is damaged');
    }
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    entries.push({
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      declaredSize: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Refuses an archive whose declared sizes or ratios are beyond the limits, before inflating. */
export function checkDeclaredSizes(entries: readonly ZipEntry[], budget: WorkBudget): void {
  const { maxZipEntryBytes, maxZipTotalBytes, maxZipRatio, ratioCheckFloorBytes } = budget.limits;
  let total = 0;
  for (const entry of entries) {
    // 0xFFFFFFFF means ZIP64: more than 4 GB declared, far past any limit.
    if (entry.declaredSize === 0xffffffff || entry.declaredSize > maxZipEntryBytes) {
      throw new RejectedInputError(
        'archive_bomb',
        `part ${entry.name} declares ${entry.declaredSize} bytes uncompressed (limit ${maxZipEntryBytes})`,
      );
    }
    const ratio = entry.declaredSize / Math.max(1, entry.compressedSize);
    if (entry.declaredSize > ratioCheckFloorBytes && ratio > maxZipRatio) {
      throw new RejectedInputError(
        'archive_bomb',
        `part ${entry.name} has a compression ratio of ${Math.round(ratio)}:1 (limit ${maxZipRatio}:1)`,
      );
    }
    total += entry.declaredSize;
  }
  if (total > maxZipTotalBytes) {
    throw new RejectedInputError('archive_bomb', `the archive declares ${total} bytes uncompressed (limit ${maxZipTotalBytes})`);
  }
}

/**
 * Inflates one part and hands it to `consume` chunk by chunk, counting bytes as they come out:
 * headers are not trusted. The wall-time budget is checked between chunks, on both sides.
 */
export function streamEntry(bytes: Uint8Array, entry: ZipEntry, budget: WorkBudget, consume: (chunk: Uint8Array) => void): void {
  if (entry.flags & 1) {
    throw new RejectedInputError('encrypted', `part ${entry.name} is password-protected; send the file without a password`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) {
    throw corrupt(`local header of ${entry.name} is damaged`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt(`part ${entry.name} is cut short`);
  const data = bytes.subarray(start, end);
  const limit = budget.limits.maxZipEntryBytes;
  if (entry.method === STORED) {
    if (data.length > limit) throw new RejectedInputError('archive_bomb', `part ${entry.name} exceeds ${limit} bytes`);
    for (let offset = 0; offset < data.length; offset += CHUNK) {
      budget.check(`reading ${entry.name}`);
      consume(data.subarray(offset, Math.min(data.length, offset + CHUNK)));
    }
    return;
  }
  if (entry.method !== DEFLATED) throw corrupt(`part ${entry.name} uses unsupported compression method ${entry.method}`);

  let produced = 0;
  // What the consumer throws (a refusal, or a bug) is its own; only fflate's errors mean a damaged part.
  let consumerFailed = false;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > limit) {
      throw new RejectedInputError('archive_bomb', `part ${entry.name} inflates beyond ${limit} bytes although its header says ${entry.declaredSize}`);
    }
    consumerFailed = true;
    budget.check(`reading ${entry.name}`);
    consume(chunk);
    consumerFailed = false;
  });
  try {
    for (let offset = 0; offset < data.length; offset += CHUNK) {
      budget.check(`inflating ${entry.name}`);
      inflater.push(data.subarray(offset, Math.min(data.length, offset + CHUNK)), offset + CHUNK >= data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof RejectedInputError || consumerFailed) throw error;
    throw corrupt(`part ${entry.name} cannot be inflated`, error);
  }
}

/** One part inflated whole, within the same bounds. */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, budget: WorkBudget): Uint8Array {
  const chunks: Uint8Array[] = [];
  streamEntry(bytes, entry, budget, (chunk) => chunks.push(chunk));
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const chunk of chunks) {
    out.set(chunk, o);
    o += chunk.length;
  }
  return out;
}

/**
 * The bounded view of an OOXML package: its directory, checked, and reading by part name. Each part
 * is bounded by what it produces (`streamEntry`); so is the package as a whole: every byte inflated
 * from any part counts against the package's total, whatever the headers declared.
 */
export class ZipArchive {
  readonly entries: ZipEntry[];
  #inflated = 0;
  constructor(private readonly bytes: Uint8Array, private readonly budget: WorkBudget) {
    this.entries = readZipDirectory(bytes, budget);
    checkDeclaredSizes(this.entries, budget);
  }

  has(name: string): boolean {
    return this.entries.some((e) => e.name === name);
  }

  /** Streams a part's inflated bytes to `consume`; false when the package has no such part. */
  streamPart(name: string, consume: (chunk: Uint8Array) => void): boolean {
    const entry = this.entries.find((e) => e.name === name);
    if (!entry) return false;
    const limit = this.budget.limits.maxZipTotalBytes;
    streamEntry(this.bytes, entry, this.budget, (chunk) => {
      this.#inflated += chunk.length;
      if (this.#inflated > limit) {
        throw new RejectedInputError('archive_bomb', `the parts read inflate beyond ${limit} bytes in all, more than their headers declare`);
      }
      consume(chunk);
    });
    return true;
  }
}
