import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runExtractCommand } from '../../../cli/extractCommand.js';
import { Extraction } from '../../../shared/extraction/contract.js';
import { pdfInflatingTo } from './support/hostileDocuments.js';

function capture() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (s: string) => (out.stdout += s), stderr: (s: string) => (out.stderr += s) } };
}

describe('the extract command', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'extract-cli-'));
    await writeFile(join(dir, 'report.txt'), 'PERMANENT MISSION OF THE REPUBLIC OF GHANA\n\nAccra, 7 November 2023\n\nThe Customs Division enforces the Customs Act, 2015 at all points of entry.');
    await writeFile(join(dir, 'empty.pdf'), '');
    await writeFile(join(dir, 'bomb.pdf'), pdfInflatingTo(1024));
    await writeFile(join(dir, 'matrix.csv'), 'element,weapon,measure,legal_reference,notes\nop1,all,yes,Penal Code,ok\n');
  });

  it('prints exactly one JSON object that satisfies the contract and exits 0', async () => {
    const { out, io } = capture();

    const code = await runExtractCommand(['extract', join(dir, 'report.txt')], io);

    expect(code).toBe(0);
    expect(out.stderr).toBe('');
    const lines = out.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const extraction = Extraction.parse(JSON.parse(lines[0]!));
    expect(extraction).toMatchObject({ file: 'report.txt', state: 'GHA', documentDate: '2023-11-07' });
  });

  it('passes --state and --type to a template', async () => {
    const { out, io } = capture();

    const code = await runExtractCommand([join(dir, 'matrix.csv'), '--state', 'PRT', '--type', 'additional_information'], io);

    expect(code).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ state: 'PRT', reportType: 'additional_information', format: 'csv' });
  });

  it('exits 2 with one "rejected: <code>: <message>" line and nothing on stdout for a refused file', async () => {
    const { out, io } = capture();

    const code = await runExtractCommand([join(dir, 'empty.pdf')], io);

    expect(code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^rejected: empty: .+\n$/u);
  });

  it('exits 2 with too_large, stopped by the memory ceiling before the time ceiling, for a 1 MB PDF whose stream inflates to 1 GiB', async () => {
    const { out, io } = capture();

    const code = await runExtractCommand([join(dir, 'bomb.pdf')], io);

    expect(code).toBe(2);
    expect(out.stdout).toBe('');
    // The memory ceiling's refusal, not the time ceiling's (which says how long it took): the bomb is stopped as it inflates.
    // No wall-clock bound here: on a loaded machine the CLI's own start varies by seconds (`npm run bench` times it).
    expect(out.stderr).toMatch(/^rejected: too_large: reading the document needs more than 512 MB of memory .+\n$/u);
  });

  it('exits 2 with unknown_state for a --state that is not a member state', async () => {
    const { out, io } = capture();

    const code = await runExtractCommand([join(dir, 'report.txt'), '--state', 'ATL'], io);

    expect(code).toBe(2);
    expect(out.stderr).toMatch(/^rejected: unknown_state: /u);
  });

  it('exits 1 on a usage error, without output on stdout', async () => {
    const { out, io } = capture();

    expect(await runExtractCommand(['--type', 'final_report'], io)).toBe(1);
    expect(out.stdout).toBe('');
  });
});
