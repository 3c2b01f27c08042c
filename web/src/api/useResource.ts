/**
 * Data for a page: loads when the page (or one of `deps`) changes, keeps the last answer while
 * reloading, and ignores an answer that arrives after the page moved on.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { usePortal } from '../app/portal.js';
import type { ApiClient } from './client.js';

export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload(): void;
}

export function useResource<T>(load: (api: ApiClient) => Promise<T>, deps: readonly unknown[]): Resource<T> {
  const { api } = usePortal();
  const [state, setState] = useState<{ data: T | undefined; error: unknown; loading: boolean }>({ data: undefined, error: undefined, loading: true });
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  useEffect(() => {
    const call = ++latest.current;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    load(api).then(
      (data) => call === latest.current && setState({ data, error: undefined, loading: false }),
      (error: unknown) => call === latest.current && setState((s) => ({ ...s, error, loading: false })),
    );
    // `load` is a new function on every render; `deps` say when it means something new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, generation, ...deps]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}
