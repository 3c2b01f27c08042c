/**
 * What every page may use: the run-time configuration, the API client (with this tab's token), the
 * session, and the sign-in and sign-out actions. `usePortal()` inside any page.
 */
import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext, useMemo, useState } from 'preact/hooks';
import { createApiClient, type ApiClient } from '../api/client.js';
import { beginSignIn, currentSession, forgetSession, signOut, type Session } from '../auth/session.js';
import type { WebConfig } from './config.js';

export interface Portal {
  config: WebConfig;
  api: ApiClient;
  session: Session | undefined;
  /** After `/signed-in` stored a session: re-read it. */
  refreshSession(): void;
  signIn(options?: { loginHint?: string; returnTo?: string }): Promise<void>;
  signOut(): void;
}

const PortalContext = createContext<Portal | undefined>(undefined);

export function PortalProvider({ config, children }: { config: WebConfig; children: ComponentChildren }) {
  const [session, setSession] = useState(currentSession);
  const portal = useMemo<Portal>(
    () => ({
      config,
      session,
      api: createApiClient({
        baseUrl: config.apiUrl,
        token: () => currentSession()?.accessToken,
        // The API no longer takes the token: forget it, so the page offers to sign in again.
        onUnauthenticated: () => {
          forgetSession();
          setSession(undefined);
        },
      }),
      refreshSession: () => setSession(currentSession()),
      signIn: (options) => beginSignIn(config, { returnTo: window.location.pathname, ...options }),
      signOut: () => signOut(config),
    }),
    [config, session],
  );
  return <PortalContext.Provider value={portal}>{children}</PortalContext.Provider>;
}

export function usePortal(): Portal {
  const portal = useContext(PortalContext);
  if (!portal) throw new Error('usePortal outside PortalProvider');
  return portal;
}
