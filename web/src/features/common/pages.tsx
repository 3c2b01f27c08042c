/** The pages every visitor may reach: home, the sign-in steps, and the answers for a wrong address. */
import { useEffect, useState } from 'preact/hooks';
import { usePortal } from '../../app/portal.js';
import { Link, navigate } from '../../app/router.js';
import type { PageProps, RouteDefinition } from '../../app/routes.js';
import { completeSignIn } from '../../auth/session.js';
import { Loading, Notice } from '../../components/Feedback.js';
import { Page } from '../../components/Page.js';
import { useMessages } from '../../i18n/language.js';
import { commonMessages } from './messages.js';

/** Where a signed-in person starts: a state's user in their state's pages. */
export function homePathOf(session: { isSecretariat: boolean; states: string[] } | undefined): string | undefined {
  if (!session) return undefined;
  if (!session.isSecretariat && session.states[0]) return `/states/${session.states[0]}`;
  return undefined;
}

function HomePage() {
  const t = useMessages(commonMessages);
  const { session, signIn } = usePortal();
  const home = homePathOf(session);
  useEffect(() => {
    if (home) navigate(home, { replace: true });
  }, [home]);
  if (home) return <Loading />;
  return (
    <Page title={t('welcomeTitle')}>
      <p>{t('welcomeText')}</p>
      {!session && (
        <button type="button" class="primary" onClick={() => void signIn({ returnTo: '/' })}>
          {t('signIn')}
        </button>
      )}
    </Page>
  );
}

/**
 * `/sign-in?as=<identity>`: the one-click sign-in links `npm start` prints. The identity travels as
 * the authorization request's `login_hint`; on AWS, Cognito's managed login pre-fills it.
 */
function SignInPage({ query }: PageProps) {
  const t = useMessages(commonMessages);
  const { signIn } = usePortal();
  useEffect(() => {
    const as = query.get('as');
    void signIn({ returnTo: '/', ...(as && { loginHint: as }) });
  }, []);
  return (
    <Page title={t('signIn')}>
      <p role="status">{t('signingIn')}</p>
    </Page>
  );
}

/** `/signed-in`: the authorization server's redirect back, with the code to redeem. */
function SignedInPage({ query }: PageProps) {
  const t = useMessages(commonMessages);
  const { config, refreshSession, signIn } = usePortal();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    completeSignIn(config, query).then(
      ({ session, returnTo }) => {
        refreshSession();
        navigate(returnTo === '/' ? (homePathOf(session) ?? '/') : returnTo, { replace: true });
      },
      () => setFailed(true),
    );
  }, []);
  return (
    <Page title={t('signIn')}>
      {failed ? (
        <Notice kind="error">
          <p>{t('signInFailed')}</p>
          <button type="button" onClick={() => void signIn({ returnTo: '/' })}>
            {t('signIn')}
          </button>
        </Notice>
      ) : (
        <p role="status">{t('signingIn')}</p>
      )}
    </Page>
  );
}

export function NotFoundPage() {
  const t = useMessages(commonMessages);
  return (
    <Page title={t('notFoundTitle')}>
      <p>{t('notFoundText')}</p>
      <p>
        <Link href="/">{t('goHome')}</Link>
      </p>
    </Page>
  );
}

/** A page the session may not open: signed out, the way to sign in; signed in, a plain refusal. */
export function NoAccessPage() {
  const t = useMessages(commonMessages);
  const { session, signIn } = usePortal();
  return (
    <Page title={session ? t('noAccessTitle') : t('signIn')}>
      {session ? (
        <p>{t('noAccessText')}</p>
      ) : (
        <button type="button" class="primary" onClick={() => void signIn()}>
          {t('signIn')}
        </button>
      )}
    </Page>
  );
}

export const commonRoutes: RouteDefinition[] = [
  { pattern: '/', access: 'public', page: HomePage },
  { pattern: '/sign-in', access: 'public', page: SignInPage },
  { pattern: '/signed-in', access: 'public', page: SignedInPage },
];
