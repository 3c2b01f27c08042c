/**
 * What a page says while it waits, when something failed, and when something succeeded: live
 * regions, so assistive technology reads them without moving the focus.
 */
import type { ComponentChildren } from 'preact';
import { ApiError, ApiErrorKind } from '../api/client.js';
import type { ActionFeedback as Outcome } from '../api/useAction.js';
import { commonMessages } from '../features/common/messages.js';
import { useMessages } from '../i18n/language.js';
import type { Translate } from '../i18n/messages.js';

export function Loading() {
  const t = useMessages(commonMessages);
  return (
    <p role="status" class="loading">
      {t('loading')}
    </p>
  );
}

type CommonKey = keyof (typeof commonMessages)['en'];
const HEADLINES: Record<ApiErrorKind, CommonKey> = {
  [ApiErrorKind.unreachable]: 'errorUnreachable',
  [ApiErrorKind.unauthenticated]: 'errorUnauthenticated',
  [ApiErrorKind.forbidden]: 'errorForbidden',
  [ApiErrorKind.notFound]: 'errorNotFound',
  [ApiErrorKind.conflict]: 'errorConflict',
  [ApiErrorKind.invalid]: 'errorInvalid',
  [ApiErrorKind.rateLimited]: 'errorRateLimited',
  [ApiErrorKind.server]: 'errorServer',
  [ApiErrorKind.unexpected]: 'errorUnexpected',
};

/** An error in the reader's language; the API's own words follow as the detail where they help. */
export function describeError(error: unknown, t: Translate<CommonKey>): { headline: string; detail?: string } {
  if (!(error instanceof ApiError)) return { headline: t('errorUnexpected') };
  const headline = t(HEADLINES[error.kind], { seconds: error.retryAfterSeconds ?? 60 });
  const withDetail: readonly ApiErrorKind[] = [ApiErrorKind.conflict, ApiErrorKind.invalid, ApiErrorKind.forbidden];
  return withDetail.includes(error.kind) ? { headline, detail: t('errorDetail', { detail: error.detail }) } : { headline };
}

export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useMessages(commonMessages);
  const { headline, detail } = describeError(error, t);
  return (
    <div role="alert" class="notice notice-error">
      <p>{headline}</p>
      {detail && <p class="detail">{detail}</p>}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}

export function Notice({ kind, children }: { kind: 'success' | 'info' | 'error'; children: ComponentChildren }) {
  return (
    <div role={kind === 'error' ? 'alert' : 'status'} class={`notice notice-${kind}`}>
      {children}
    </div>
  );
}

/** What `useAction` reports: the success in a status, the failure in an alert. */
export function ActionFeedback({ feedback }: { feedback: Outcome }) {
  return (
    <>
      {feedback.saved && <Notice kind="success">{feedback.saved}</Notice>}
      {feedback.error !== undefined && <ErrorMessage error={feedback.error} />}
    </>
  );
}
