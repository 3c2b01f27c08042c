/**
 * The README's promise, end to end: `npm start` brings the portal up in a folder of its own, the CLI
 * uploads into a state's place and lists the submission, SIGTERM stops everything the portal
 * started, and a restart finds all the data again.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const home = mkdtempSync(join(tmpdir(), 'portal1540-e2e-'));
const env = { ...process.env, PORTAL_HOME: home, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
let portal: ChildProcess | undefined;

function startPortal(): Promise<{ child: ChildProcess; banner: string }> {
  const child = spawn(process.execPath, ['--openssl-legacy-provider', '--import', 'tsx', 'infra/local/start.ts'], { cwd: root, env });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`portal did not start within 60 s:\n${output}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ctrl-C stops the portal')) {
        clearTimeout(timer);
        resolve({ child, banner: output });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`portal exited with ${code}:\n${output}`)));
  });
}

function stopPortal(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

function cli(...args: string[]): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, ['bin/portal1540.mjs', ...args], { cwd: root, env, encoding: 'utf8' });
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const failure = error as { status: number; stdout: string; stderr: string };
    return { code: failure.status, stdout: failure.stdout, stderr: failure.stderr };
  }
}

/** Processes whose command line mentions this test's data folder (the portal's children). */
function processesUsing(folder: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return out.split('\n').filter((line) => line.includes(folder) && !line.includes('ps -eo'));
}

afterAll(async () => {
  if (portal && portal.exitCode === null) await stopPortal(portal);
  rmSync(home, { recursive: true, force: true });
});

describe('the local portal', () => {
  const report = join(home, 'rapport-national.txt');
  writeFileSync(
    report,
    'Mission permanente de la République française auprès des Nations Unies\n\nNew York, le 15 mars 2025\n\n' +
      "Rapport national de la France sur la mise en œuvre de la résolution 1540 (2004).\n\n" +
      "La France est partie au Traité sur la non-prolifération des armes nucléaires et à la Convention sur l'interdiction des armes chimiques.\n" +
      "Le Code de la défense, article L1333-9, réprime l'acquisition et la détention de matières nucléaires sans autorisation.\n",
  );

  it('starts, takes an upload from the CLI and lists it', async () => {
    const started = await startPortal();
    portal = started.child;
    expect(started.banner).toContain(home);
    expect(existsSync(join(home, 'portal.json'))).toBe(true);
    // The public calendar feed: recorded for calendar programs, served with no token.
    const { calendar } = JSON.parse(readFileSync(join(home, 'portal.json'), 'utf8')) as { calendar: string };
    expect(started.banner).toContain(calendar);
    const feed = await fetch(calendar);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(await feed.text()).toMatch(/^BEGIN:VCALENDAR/);

    const upload = cli('upload', '--state', 'FRA', report);
    expect(upload.stderr).toBe('');
    expect(upload.code).toBe(0);
    expect(upload.stdout).toContain('accepted');

    const listed = cli('submissions', '--state', 'FRA', '--json');
    const { items: submissions, next } = JSON.parse(listed.stdout) as { items: Array<{ state: string; fileName: string; status: string }>; next: unknown };
    expect(next).toBeNull();
    expect(submissions).toHaveLength(1);
    expect(submissions[0]).toMatchObject({ state: 'FRA', fileName: 'rapport-national.txt', status: 'accepted' });
  }, 120_000);

  it('stops on SIGTERM with every process it started', async () => {
    expect(await stopPortal(portal!)).toBe(0);
    expect(existsSync(join(home, 'portal.json'))).toBe(false);
    expect(processesUsing(home)).toEqual([]);
    const refused = cli('submissions', '--state', 'FRA');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('no admin API');
  }, 30_000);

  it('finds all its data again after a restart', async () => {
    portal = (await startPortal()).child;
    const listed = JSON.parse(cli('submissions', '--state', 'FRA', '--json').stdout) as { items: unknown[] };
    expect(listed.items).toHaveLength(1);
    const states = (JSON.parse(cli('states', '--json').stdout) as { items: Array<{ iso3: string; lastSubmission: { id: string } | null }> }).items;
    expect(states).toHaveLength(193);
    expect(states.find((s) => s.iso3 === 'FRA')?.lastSubmission).not.toBeNull();
    const reminders = cli('remind', '--as-of', '2026-12-01', '--dry-run');
    expect(reminders.code).toBe(0);
    expect(reminders.stdout).toContain('due as of 2026-12-01');
  }, 120_000);
});
