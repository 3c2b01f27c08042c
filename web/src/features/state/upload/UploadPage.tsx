/** `/states/:iso3/upload`: choose or drop a file, name its type, watch it go up and be read. */
import { REPORT_TYPES, type ReportType } from '#shared/extraction/contract.js';
import { useEffect, useRef, useState } from 'preact/hooks';
import { usePortal } from '../../../app/portal.js';
import { Link } from '../../../app/router.js';
import type { PageProps } from '../../../app/routes.js';
import { segment } from '../../../api/client.js';
import { ErrorMessage, Notice } from '../../../components/Feedback.js';
import { Page } from '../../../components/Page.js';
import { useFormats, useMessages } from '../../../i18n/language.js';
import { useDomainLabels } from '../../common/useDomainLabels.js';
import { useStateName } from '../useStateName.js';
import { uploadMessages } from './messages.js';
import { followSubmission, postToGrant, requestGrant, type Outcome } from './uploadReport.js';

/** A state uploads any kind of report but a Committee document (the secretariat's). */
const STATE_REPORT_TYPES = REPORT_TYPES.filter((type) => type !== 'committee_document');

type Step = { kind: 'choosing' } | { kind: 'uploading'; fraction: number } | { kind: 'reading' } | { kind: 'done'; outcome: Outcome } | { kind: 'failed'; error: unknown };

export function UploadPage({ params }: PageProps) {
  const iso3 = params.iso3!;
  const t = useMessages(uploadMessages);
  const labels = useDomainLabels();
  const format = useFormats();
  const { api } = usePortal();
  const state = useStateName(iso3);
  const [file, setFile] = useState<File | undefined>();
  const [reportType, setReportType] = useState<ReportType | ''>('');
  const [dragging, setDragging] = useState(false);
  const [step, setStep] = useState<Step>({ kind: 'choosing' });
  const [problem, setProblem] = useState<string | undefined>();
  const input = useRef<HTMLInputElement>(null);
  const left = useRef(false);
  useEffect(() => () => void (left.current = true), []);

  const choose = (chosen: File | undefined) => {
    setFile(chosen);
    setProblem(undefined);
  };

  const upload = async (event: Event) => {
    event.preventDefault();
    if (!file) return setProblem(t('noFile'));
    setProblem(undefined);
    setStep({ kind: 'uploading', fraction: 0 });
    try {
      const grant = await requestGrant(api, iso3, file.name, reportType || undefined);
      if (file.size > grant.maxBytes) {
        setStep({ kind: 'choosing' });
        return setProblem(t('tooLarge', { size: format.bytes(grant.maxBytes) }));
      }
      await postToGrant(grant, file, (fraction) => setStep({ kind: 'uploading', fraction }));
      setStep({ kind: 'reading' });
      const outcome = await followSubmission(api, iso3, grant.key, () => left.current);
      if (outcome) setStep({ kind: 'done', outcome });
    } catch (error) {
      setStep({ kind: 'failed', error });
    }
  };

  const restart = () => {
    setFile(undefined);
    setStep({ kind: 'choosing' });
    if (input.current) input.current.value = '';
  };

  const busy = step.kind === 'uploading' || step.kind === 'reading';
  return (
    <Page title={t('title')}>
      <p>{t('intro', { state })}</p>
      {(step.kind === 'choosing' || busy) && (
        <form onSubmit={upload} noValidate>
          <div class="field">
            <label for="report-type">{t('reportType')}</label>
            <select id="report-type" value={reportType} disabled={busy} onChange={(e) => setReportType(e.currentTarget.value as ReportType | '')}>
              <option value="">{t('reportTypeAuto')}</option>
              {STATE_REPORT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {labels.reportType(type)}
                </option>
              ))}
            </select>
          </div>
          <div
            class={`drop-zone${dragging ? ' dragging' : ''}`}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(e) => {
              e.preventDefault();
              setDragging(false);
              if (!busy) choose(e.dataTransfer?.files[0]);
            }}
          >
            <p>{t('dropHere')}</p>
            <label for="report-file">{t('file')}</label>
            <input id="report-file" ref={input} type="file" disabled={busy} aria-describedby="report-file-hint" onChange={(e) => choose(e.currentTarget.files?.[0])} />
            <p id="report-file-hint" class="hint">
              {t('fileHint')}
            </p>
            {file && <p>{t('chosen', { name: file.name, size: format.bytes(file.size) })}</p>}
          </div>
          {problem && <Notice kind="error">{problem}</Notice>}
          <div class="actions">
            <button type="submit" class="primary" disabled={busy}>
              {t('send')}
            </button>
          </div>
        </form>
      )}
      {step.kind === 'uploading' && (
        <div>
          <label for="upload-progress">{t('progress')}</label>
          <progress id="upload-progress" max={100} value={Math.round(step.fraction * 100)} />
          <p role="status">{t('uploading', { percent: format.number(Math.round(step.fraction * 100)) })}</p>
        </div>
      )}
      {step.kind === 'reading' && <p role="status">{t('reading')}</p>}
      {step.kind === 'failed' && (
        <>
          <Notice kind="error">{t('failed')}</Notice>
          <ErrorMessage error={step.error} />
          <button type="button" onClick={restart}>
            {t('another')}
          </button>
        </>
      )}
      {step.kind === 'done' && <Result iso3={iso3} outcome={step.outcome} onAnother={restart} />}
    </Page>
  );
}

function Result({ iso3, outcome, onAnother }: { iso3: string; outcome: Outcome; onAnother: () => void }) {
  const t = useMessages(uploadMessages);
  const labels = useDomainLabels();
  if ('stillReading' in outcome) {
    return (
      <>
        <Notice kind="info">{t('stillReading')}</Notice>
        <button type="button" onClick={onAnother}>
          {t('another')}
        </button>
      </>
    );
  }
  const { submission, refusalCode } = outcome;
  const name = submission.fileName;
  return (
    <>
      {submission.status === 'accepted' && <Notice kind="success">{t('accepted', { name })}</Notice>}
      {submission.status === 'duplicate' && <Notice kind="info">{t('duplicate', { name })}</Notice>}
      {submission.status === 'rejected' && (
        <Notice kind="error">
          <p>{t('refused', { name })}</p>
          <p>{t('reason', { reason: labels.refusal(refusalCode) })}</p>
        </Notice>
      )}
      <div class="actions">
        <Link href={`/states/${iso3}/submissions/${segment(submission.id)}`}>{t('seeSubmission')}</Link>
        <button type="button" onClick={onAnother}>
          {t('another')}
        </button>
      </div>
    </>
  );
}
