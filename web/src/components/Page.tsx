/**
 * A page's heading and title. On every navigation the heading takes the focus, so a screen reader
 * announces the new page and keyboard users start from its top (WCAG 2.4.3); the document title
 * names the page and the portal (2.4.2).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { commonMessages } from '../features/common/messages.js';
import { useMessages } from '../i18n/language.js';

export function Page({ title, children }: { title: string; children: ComponentChildren }) {
  const t = useMessages(commonMessages);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · ${t('portalName')}`;
  }, [title, t]);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <>
      <h1 ref={heading} tabIndex={-1} class="page-title">
        {title}
      </h1>
      {children}
    </>
  );
}
