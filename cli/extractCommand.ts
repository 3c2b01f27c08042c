/**
 * `extract <file> [--state ISO3] [--type REPORT_TYPE]` (handbook: extraction-contract.md):
 * exit 0 and one JSON object on stdout; exit 2 and `rejected: <code>: <message>` on stderr for a
 * refused input; exit 1 for anything else (a bug, or a usage error).
 *
 * The document is read in a child process under the default ceilings (512 MB, 20 s), as ingest
 * reads it: past one the file is refused (`too_large`), never a hang.
 */
import { readFile, stat } from 'node:fs/promises';
import { REPORT_TYPES, RejectedInputError, type ReportType } from '#shared/extraction/contractBasics.js';
import { IsolatedExtractor } from '#shared/extraction/isolatedExtraction.js';
import { EXTRACTION_LIMITS } from '#shared/extraction/limits.js';
import { readingSnapshotBeside } from './readingSnapshot.js';

/**
 * The child's entry: `extractionChild.ts` beside this file when the sources run (tsx, tests); in the
 * build, where this module is a chunk in `dist/cli/chunks/`, `dist/cli/extractionChild.mjs`.
 */
const CHILD_ENTRY = new URL(import.meta.url.endsWith('.ts') ? './extractionChild.ts' : '../extractionChild.mjs', import.meta.url);

export interface CommandIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export const EXIT = { ok: 0, bug: 1, rejected: 2 } as const;

const USAGE = 'usage: extract <file> [--state ISO3] [--type REPORT_TYPE]';

interface ExtractArgs {
  file: string;
  state?: string;
  reportType?: ReportType;
}

function parseArgs(args: readonly string[]): ExtractArgs | string {
  let file: string | undefined;
  let state: string | undefined;
  let reportType: ReportType | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.startsWith('--') ? arg.split('=', 2) : [arg, undefined];
    if (flag === '--state' || flag === '--type') {
      const value = inline ?? args[++i];
      if (!value) return `${flag} needs a value`;
      if (flag === '--state') state = value;
      else if ((REPORT_TYPES as readonly string[]).includes(value)) reportType = value as ReportType;
      else return `--type must be one of ${REPORT_TYPES.join(', ')}`;
    } else if (arg.startsWith('--')) {
      return `unknown option ${arg}`;
    } else if (file === undefined) {
      file = arg;
    } else {
      return `unexpected argument ${arg}`;
    }
  }
  if (!file) return 'missing <file>';
  return { file, ...(state ? { state } : {}), ...(reportType ? { reportType } : {}) };
}

export async function runExtractCommand(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseArgs(args[0] === 'extract' ? args.slice(1) : args);
  if (typeof parsed === 'string') {
    io.stderr(`${parsed}\n${USAGE}\n`);
    return EXIT.bug;
  }
  // The reading process starts first: its start-up (a second Node, the extractor, PDFium) is most
  // of the command's time, and runs meanwhile this process checks and reads the file.
  let extractor: IsolatedExtractor | undefined;
  try {
    extractor = new IsolatedExtractor({ entry: CHILD_ENTRY, oneDocument: true, snapshot: readingSnapshotBeside(CHILD_ENTRY) });
    extractor.start();
    // The size is checked before reading, so a huge file is refused without loading it.
    const info = await stat(parsed.file);
    if (info.size > EXTRACTION_LIMITS.maxFileBytes) {
      throw new RejectedInputError('too_large', `the file is ${(info.size / 1048576).toFixed(1)} MB (limit ${EXTRACTION_LIMITS.maxFileBytes / 1048576} MB); split it`);
    }
    const bytes = new Uint8Array(await readFile(parsed.file));
    const extraction = await extractor.extract({
      bytes,
      fileName: parsed.file,
      ...(parsed.state ? { state: parsed.state } : {}),
      ...(parsed.reportType ? { reportType: parsed.reportType } : {}),
    });
    io.stdout(`${JSON.stringify(extraction)}\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof RejectedInputError) {
      io.stderr(`rejected: ${error.code}: ${error.message.replace(/\s+/gu, ' ')}\n`);
      return EXIT.rejected;
    }
    const code = (error as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      io.stderr(`cannot read ${parsed.file}: ${(error as Error).message}\n`);
      return EXIT.bug;
    }
    io.stderr(`extract failed (a bug, please report it): ${(error as Error)?.stack ?? String(error)}\n`);
    return EXIT.bug;
  } finally {
    extractor?.close();
  }
}
