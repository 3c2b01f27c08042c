/**
 * A change a person makes (a decision, a note, a consent): runs the API call, then says what was
 * done (`saved`) or what went wrong (`error`), for `<ActionFeedback>` to show; `then` refreshes the
 * page's data after a success.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { useLanguage } from '../i18n/language.js';

export interface ActionFeedback {
  saved?: string;
  error?: unknown;
}

export function useAction(then?: () => void) {
  const [feedback, setFeedback] = useState<ActionFeedback>({});
  // A notice is worded in the language of the moment it was said: after a switch it would stand in
  // the old language on the new page, so it goes (it reports a moment, not a state of things).
  const { language } = useLanguage();
  useEffect(() => setFeedback({}), [language]);
  const run = useCallback(
    // `saved` may be said from the answer (how many were decided, the name as stored).
    async <T>(call: () => Promise<T>, saved: string | ((result: T) => string)): Promise<boolean> => {
      setFeedback({});
      try {
        const result = await call();
        setFeedback({ saved: typeof saved === 'function' ? saved(result) : saved });
        then?.();
        return true;
      } catch (error) {
        setFeedback({ error });
        return false;
      }
    },
    [then],
  );
  return { run, feedback };
}
