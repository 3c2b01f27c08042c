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
    async (call: () => Promise<unknown>, saved: string): Promise<boolean> => {
      setFeedback({});
      try {
        await call();
        setFeedback({ saved });
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
