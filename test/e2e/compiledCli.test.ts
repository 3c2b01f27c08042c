/**
 * The package's command runs the CLI compiled into `dist/cli/` (see `cli/build.mjs`): it must say
 * exactly what the TypeScript sources say, byte for byte and exit code for exit code, for the
 * commands that need no portal, in every format the extractor reads (which the bundle must carry
 * with its data: member states, vocabularies).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main.js';
import { docxOf, pdfOf, utf8, xlsxOf } from '../unit/extraction/support/documents.js';
import { pdfInflatingTo } from '../unit/extraction/support/hostileDocuments.js';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'portal1540-compiled-cli-'));
// No portal in this home: the commands that need one fail the same way on both sides.
const env = { ...process.env, PORTAL_HOME: join(dir, 'no-portal'), PORTAL_API_URL: '', PORTAL_API_TOKEN: '', TABLE_NAME: '', BUCKET_NAME: '' };

/** What the installed command prints and returns, in a process of its own. */
function compiled(args: string[]) {
  const run = spawnSync(process.execPath, [join(root, 'bin/portal1540.mjs'), ...args], { cwd: dir, env, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** What the sources print and return for the same arguments, in this process with the same environment. */
async function sources(args: string[]) {
  const out = { stdout: '', stderr: '' };
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  try {
    const code = await runCli(args, { stdout: (s) => (out.stdout += s), stderr: (s) => (out.stderr += s) });
    return { code, ...out };
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/** When the build now in `dist/cli/` started. */
const builtAt = () => (JSON.parse(readFileSync(join(root, 'dist/cli/build.json'), 'utf8')) as { startedAt: number }).startedAt;

beforeAll(async () => {
  const gha = ['PERMANENT MISSION OF THE REPUBLIC OF GHANA', 'Accra, 7 November 2023', 'The Customs Division enforces the Customs Act, 2015 at all points of entry.'];
  writeFileSync(join(dir, 'report.pdf'), await pdfOf([gha]));
  writeFileSync(join(dir, 'report.docx'), await docxOf(gha));
  writeFileSync(join(dir, 'matrix.xlsx'), await xlsxOf([['element', 'weapon', 'measure', 'legal_reference', 'notes'], ['op1', 'all', 'yes', 'Penal Code', 'ok']]));
  writeFileSync(join(dir, 'matrix.csv'), utf8('element,weapon,measure,legal_reference,notes\nop1,all,yes,Penal Code,ok\n'));
  writeFileSync(join(dir, 'rapport.txt'), utf8('Mission permanente de la République française\n\nParis, le 15 mars 2025\n\nRapport national de la France sur la résolution 1540 (2004).'));
  writeFileSync(join(dir, 'empty.pdf'), '');
  // 1 MB whose content stream inflates to 1 GiB: refused at the default memory ceiling, in seconds.
  writeFileSync(join(dir, 'bomb.pdf'), pdfInflatingTo(1024));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the compiled command', () => {
  it.each([
    [['--help']],
    [['states', '--help']],
    [['no-such-command']],
    [['extract', 'report.pdf']],
    [['extract', 'report.docx']],
    [['extract', 'matrix.xlsx', '--state', 'PRT', '--type', 'additional_information']],
    [['extract', 'matrix.csv', '--state', 'PRT']],
    [['extract', 'rapport.txt']],
    [['extract', 'empty.pdf']],
    [['extract', 'bomb.pdf']],
    [['extract', 'rapport.txt', '--state', 'ATL']],
    [['extract', '--bogus-option', 'rapport.txt']],
    [['states']],
    [['outbox']],
    [['remind', '--as-of', 'tomorrow']],
  ])('prints what the sources print for %j', async (args) => {
    const paths = args.map((a) => (/\.\w+$/.test(a) ? join(dir, a) : a));

    const expected = await sources(paths);
    const actual = compiled(paths);

    expect(actual).toEqual(expected);
    expect(`${expected.stdout}${expected.stderr}`).not.toBe('');
  });

  it('is built again when a source changed since the build, and only then', () => {
    compiled(['--help']);
    const first = builtAt();
    compiled(['--help']);
    expect(builtAt()).toBe(first);

    const now = new Date();
    utimesSync(join(root, 'cli/io.ts'), now, now);
    compiled(['--help']);

    expect(builtAt()).toBeGreaterThan(first);
  });
});
