/**
 * A change a person makes (a decision, a note, a consent): runs the API call, then says what was
 * done (`saved`) or what went wrong (`error`), for `<ActionFeedback>` to show; `then` refreshes the
 * page's data after a success.
 */
import { useCallback, useState } from 'preact/hooks';

export interface ActionFeedback {
  saved?: string;
  error?: unknown;
}

export function useAction(then?: () => void) {
  const [feedback, setFeedback] = useState<ActionFeedback>({});
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
