/** The published matrix entries and reports as tables, shared by the search and a state's public page. */
import { Link } from '../../app/router.js';
import type { PublicMatrixEntry, PublicReport } from '../../api/publicSchemas.js';
import { useDomainLabels } from '../common/useDomainLabels.js';
import { useFormats, useMessages } from '../../i18n/language.js';
import { publicMessages } from './messages.js';

export function PublishedEntries({ entries, nameOf, caption }: { entries: PublicMatrixEntry[]; nameOf(iso3: string): string; caption: string }) {
  const t = useMessages(publicMessages);
  const domain = useDomainLabels();
  const format = useFormats();
  if (entries.length === 0) return <p>{t('noEntries')}</p>;
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('state')}</th>
          <th scope="col">{t('element')}</th>
          <th scope="col">{t('coverage')}</th>
          <th scope="col">{t('legalReferences')}</th>
          <th scope="col">{t('dated')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={`${e.state}-${e.element}-${e.weapon}`}>
            <td>
              <Link href={`/public/states/${e.state}`}>{nameOf(e.state)}</Link>
            </td>
            <td>
              {domain.element(e.element)} · {domain.weapon(e.weapon)}
            </td>
            <td>
              <span class={`badge badge-${e.coverage}`}>{domain.coverage(e.coverage)}</span>
              {e.measure && ` ${domain.measure(e.measure)}`}
            </td>
            <td>
              {e.legalReferences.join('; ') || '—'}
              {e.evidence.length > 0 && (
                <details>
                  <summary>{t('evidence')}</summary>
                  {e.evidence.map((quote, i) => (
                    <blockquote key={i} class="evidence">
                      {quote.text}
                    </blockquote>
                  ))}
                </details>
              )}
            </td>
            <td>
              {t('reportOf', { date: format.date(e.reportReceivedOn) })}
              {e.confirmedOn && <p class="detail">{t('confirmedOn', { date: format.date(e.confirmedOn) })}</p>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PublishedReports({ reports, nameOf, caption }: { reports: PublicReport[]; nameOf(iso3: string): string; caption: string }) {
  const t = useMessages(publicMessages);
  const domain = useDomainLabels();
  const format = useFormats();
  if (reports.length === 0) return <p>{t('noReports')}</p>;
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('state')}</th>
          <th scope="col">{t('report')}</th>
          <th scope="col">{t('reportType')}</th>
          <th scope="col">{t('dated')}</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((r) => (
          <tr key={r.id}>
            <td>{nameOf(r.state)}</td>
            <td class="file-name">
              <Link href={`/public/reports/${r.id}`}>{r.title}</Link>
            </td>
            <td>{domain.reportType(r.reportType)}</td>
            <td>{format.date(r.date)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
