import { da, fill, formatDateTime } from '@helhed/core';
import { Link } from 'react-router';
import { QuerySection } from '../../../components/query-section.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { useCan, useSession } from '../../auth/api/get-session.ts';
import { lbfItemUrl, lbfZipUrl, useLbfSet } from '../api/get-lbf-set.ts';
import type { LbfItem } from '../types.ts';

const t = da.planDocuments.lbf;
const FORMAT_LABELS = { pdf: 'PDF', xlsx: 'XLSX' } as const;

/** Where a missing item is made: the uploads on the plan page, the milestones on their page. */
function MissingHelp({ item }: { item: LbfItem }) {
  const can = useCan();
  if (item.source === 'upload' && can('documents.upload')) return <Link to="/plan">{t.uploadHere}</Link>;
  if (item.key === 'milepaelsplan' && can('milestones.edit')) {
    return <Link to="/plan/milepaele">{da.milestones.ui.add}</Link>;
  }
  return null;
}

function ItemRow({ item }: { item: LbfItem }) {
  const ready = item.state === 'ready';
  return (
    <tr className={`lbf-item lbf-item--${item.state}`}>
      <th scope="row">
        {item.title}
        <span className="lbf-item__source">{t.sources[item.source]}</span>
      </th>
      <td>
        <span className={`lbf-state lbf-state--${item.state}`}>{t.states[item.state]}</span>
        {item.missingNote ? <span className="lbf-item__note">{item.missingNote}</span> : null}
      </td>
      <td>{item.version ?? '–'}</td>
      <td>{item.changedAt ? formatDateTime(item.changedAt) : ready ? t.notChanged : '–'}</td>
      <td>
        {ready ? (
          <span className="inline-actions">
            {item.formats.map((format) => (
              <a
                key={format}
                className="button button--secondary button--small"
                href={lbfItemUrl(item.key, format)}
                aria-label={fill(t.downloadAs, { item: item.title, format: FORMAT_LABELS[format] })}
                download
              >
                {FORMAT_LABELS[format]}
              </a>
            ))}
          </span>
        ) : (
          <MissingHelp item={item} />
        )}
      </td>
    </tr>
  );
}

/** Plan → LBF-dokumenter: what Landsbyggefonden asks for, ready or missing, and one ZIP of it all. */
export function LbfSetPage() {
  const set = useLbfSet();
  const plan = useSession().data?.user.plan.name ?? '';
  const caption = fill(t.caption, { plan });
  return (
    <Page title={t.title}>
      <p className="lead">{t.intro}</p>
      <p>
        <a className="button" href={lbfZipUrl()} download>
          {t.downloadAll}
        </a>
      </p>
      <p className="field__hint">{t.downloadAllHint}</p>
      <QuerySection query={set} label={caption}>
        {(data) => (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
          <section className="table-wrap" aria-label={caption} tabIndex={0}>
            <table className="table lbf-table">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.columns.item}</th>
                  <th scope="col">{t.columns.state}</th>
                  <th scope="col">{t.columns.version}</th>
                  <th scope="col">{t.columns.changedAt}</th>
                  <th scope="col">{t.columns.download}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((item) => (
                  <ItemRow key={item.key} item={item} />
                ))}
              </tbody>
            </table>
          </section>
        )}
      </QuerySection>
    </Page>
  );
}
