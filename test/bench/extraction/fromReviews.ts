/**
 * `npm run bench:accuracy -- --from-reviews`: the review decisions recorded in a portal's store are
 * the labels. Each reviewed submission's file is read again by the current extractor, and what it
 * finds now is scored against what people decided: an accepted or corrected value is expected (as
 * decided), a rejected one must not be found. Only judged findings count: a finding nobody
 * reviewed is neither right nor wrong.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import type { Extraction } from '../../../shared/extraction/contract.js';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';
import { EXTRACTION_LIMITS } from '../../../shared/extraction/limits.js';
import { readObject } from '../../../shared/storage/portalObjects.js';
import { normaliseEmail } from '../../../shared/store/keys.js';
import { decidedProposals, type Proposal, type ProposalKind } from '../../../shared/store/proposals.js';
import { getSubmission } from '../../../shared/store/submissions.js';
import type { StoreContext } from '../../../shared/store/table.js';

export interface ReviewScore {
  kind: ProposalKind;
  /** Decided proposals of this kind in the submissions read. */
  judged: number;
  /** Found now and accepted (as decided). */
  right: number;
  /** Found now, but rejected, or not what was decided. */
  wrong: number;
  /** Decided (accepted or corrected) but not found now. */
  missed: number;
}

/** How a finding is compared with a decision: the fields a reviewer corrects. */
const KEYS: Record<ProposalKind, (value: Record<string, unknown>) => string> = {
  matrix: (v) => `${String(v.element)}#${String(v.weapon)}#${String(v.measure)}`,
  contact: (v) => `${normaliseEmail(String(v.email))}#${String(v.name)}`,
  deadline: (v) => `${String(v.date)}#${String(v.recurrence)}`,
};
/** What identifies the finding a decision is about, whatever was corrected in it. */
const SUBJECTS: Record<ProposalKind, (value: Record<string, unknown>) => string> = {
  matrix: (v) => String(v.element),
  contact: (v) => normaliseEmail(String(v.email)),
  deadline: (v) => String(v.date),
};

function foundNow(kind: ProposalKind, extraction: Extraction): Array<Record<string, unknown>> {
  if (kind === 'matrix') return [...extraction.matrix, ...extraction.gaps.map((element) => ({ element, weapon: 'all', measure: 'no' }))];
  if (kind === 'contact') return extraction.contacts;
  return extraction.deadlines;
}

/** Scores one extraction per submission against the decisions on that submission's proposals. */
export function scoreAgainstDecisions(decided: readonly Proposal[], extractions: ReadonlyMap<string, Extraction>): ReviewScore[] {
  return (['matrix', 'contact', 'deadline'] as const).map((kind) => {
    const score: ReviewScore = { kind, judged: 0, right: 0, wrong: 0, missed: 0 };
    for (const [submissionId, extraction] of extractions) {
      const decisions = decided.filter((p) => p.kind === kind && p.submissionId === submissionId);
      score.judged += decisions.length;
      const expected = new Map(decisions.filter((p) => p.decided).map((p) => [SUBJECTS[kind](p.decided!), KEYS[kind](p.decided!)]));
      const rejected = new Set(decisions.filter((p) => p.status === 'rejected').map((p) => KEYS[kind](p.value)));
      // A template states a gap both as a row saying "no" and in `gaps`: one finding.
      const found = [...new Map(foundNow(kind, extraction).map((f) => [KEYS[kind](f), f])).entries()];
      const foundKeys = new Set(found.map(([key]) => key));
      for (const [key, finding] of found) {
        const wanted = expected.get(SUBJECTS[kind](finding));
        if (wanted === key) score.right += 1;
        else if (rejected.has(key) || wanted !== undefined) score.wrong += 1;
      }
      score.missed += [...expected.values()].filter((key) => !foundKeys.has(key)).length;
    }
    return score;
  });
}

/** Reads every reviewed submission's file again with the current extractor. */
export async function extractionsOfReviewed(
  store: StoreContext,
  objects: { s3: S3Client; bucket: string },
  decided: readonly Proposal[],
): Promise<{ extractions: Map<string, Extraction>; unreadable: string[] }> {
  const extractions = new Map<string, Extraction>();
  const unreadable: string[] = [];
  for (const id of new Set(decided.map((p) => p.submissionId))) {
    const submission = await getSubmission(store, id);
    const object = submission
      ? await readObject(objects.s3, { bucket: objects.bucket, key: submission.objectKey, versionId: submission.objectVersionId }, EXTRACTION_LIMITS.maxFileBytes)
      : 'missing';
    if (!submission || object === 'missing') {
      unreadable.push(id);
      continue;
    }
    extractions.set(
      id,
      await extractDocument({
        bytes: object.bytes,
        fileName: submission.fileName,
        ...(submission.state && { state: submission.state }),
        ...(submission.declaredReportType && { reportType: submission.declaredReportType }),
      }),
    );
  }
  return { extractions, unreadable };
}

export async function benchFromReviews(store: StoreContext, objects: { s3: S3Client; bucket: string }): Promise<ReviewScore[]> {
  const decided = await decidedProposals(store);
  const { extractions, unreadable } = await extractionsOfReviewed(store, objects, decided);
  if (unreadable.length > 0) console.log(`${unreadable.length} reviewed submission(s) whose file could not be read: ${unreadable.join(', ')}`);
  return scoreAgainstDecisions(decided, extractions);
}
