/**
 * The local portal's folder (`.portal/` or PORTAL_HOME): the stand-ins' data, and `portal.json`,
 * which tells the CLI where the running portal listens. Two portals with two homes run side by side.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as z from 'zod';

export const PortalInfo = z.object({
  pid: z.number().int(),
  startedAt: z.string(),
  dynamoEngine: z.string(),
  tableName: z.string(),
  bucketName: z.string(),
  endpoints: z.object({ dynamodb: z.string(), s3: z.string(), ses: z.string(), sqs: z.string() }),
  /** The mail queue on the SQS stand-in (the reminder run from the CLI queues there). */
  mailQueueUrl: z.string(),
  adminApi: z.string().optional(),
  /** The outreach calendar's public iCalendar feed (the admin API's `/calendar.ics`: no sign-in). */
  calendar: z.string().optional(),
  tokens: z.record(z.string(), z.string()).optional(),
  /** The web portal. */
  web: z.string().optional(),
  /** One-click sign-in links by local identity (`secretariat`, `state-FRA`). */
  webSignIn: z.record(z.string(), z.string()).optional(),
  /** The public pages (no sign-in). */
  webPublic: z.string().optional(),
});
export type PortalInfo = z.infer<typeof PortalInfo>;

export function portalHome(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.PORTAL_HOME ?? '.portal');
}

const infoFile = (home: string) => join(home, 'portal.json');

export function writePortalInfo(home: string, info: PortalInfo): void {
  mkdirSync(home, { recursive: true });
  // Written to a temporary name then renamed: a reader never sees half a file.
  const temporary = `${infoFile(home)}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(info, null, 2), { mode: 0o600 });
  renameSync(temporary, infoFile(home));
}

export function removePortalInfo(home: string): void {
  rmSync(infoFile(home), { force: true });
}

/** The running portal of this home, or undefined if none runs (a stale file is ignored). */
export function readRunningPortal(home: string): PortalInfo | undefined {
  if (!existsSync(infoFile(home))) return undefined;
  const parsed = PortalInfo.safeParse(JSON.parse(readFileSync(infoFile(home), 'utf8')));
  if (!parsed.success || !processAlive(parsed.data.pid)) return undefined;
  return parsed.data;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The local portal's secretariat: the planner's daily digest lands in the local outbox under this address. */
export const LOCAL_SECRETARIAT_ADDRESS = 'secretariat@portal1540.local';
