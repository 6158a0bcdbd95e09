import { da, fill, formatDateTime, formatInteger } from '@helhed/core';
import { Link } from 'react-router';
import { QuerySection } from '../../../components/query-section.tsx';
import { useCan } from '../../auth/api/get-session.ts';
import { useDocuments, versionFileUrl } from '../api/get-documents.ts';
import type { PlanDocument } from '../types.ts';
import { UploadForm } from './upload-form.tsx';

const t = da.planDocuments;

const kb = (bytes: number) => fill(t.sizeKb, { kb: formatInteger(Math.max(1, Math.round(bytes / 1024))) });

/** One document: its current version with a download, and every version in a table. */
function DocumentEntry({ document }: { document: PlanDocument }) {
  const { current } = document;
  const caption = fill(t.versionsOf, { title: document.title });
  return (
    <li className="document">
      <h3>{document.title}</h3>
      <p>
        {t.current}: {fill(t.version, { n: current.version })}, {current.fileName}, {kb(current.sizeBytes)},{' '}
        {formatDateTime(current.uploadedAt)}
        {current.uploadedByName ? `, ${current.uploadedByName}` : ''}.{' '}
        <a href={versionFileUrl(document.id, current.id)} download>
          {fill(t.downloadVersion, { n: current.version, title: document.title })}
        </a>
      </p>
      <details>
        <summary>
          {t.versions} ({formatInteger(document.versions.length)})
        </summary>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
        <section className="table-wrap" aria-label={caption} tabIndex={0}>
          <table className="table table--compact">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.lbf.columns.version}</th>
                <th scope="col">{t.fileName}</th>
                <th scope="col">{t.size}</th>
                <th scope="col">{t.uploadedAt}</th>
                <th scope="col">{t.uploadedBy}</th>
                <th scope="col">{t.download}</th>
              </tr>
            </thead>
            <tbody>
              {document.versions.map((version) => (
                <tr key={version.id}>
                  <td>{fill(t.version, { n: version.version })}</td>
                  <td>{version.fileName}</td>
                  <td>{kb(version.sizeBytes)}</td>
                  <td>{formatDateTime(version.uploadedAt)}</td>
                  <td>{version.uploadedByName ?? ''}</td>
                  <td>
                    <a href={versionFileUrl(document.id, version.id)} download>
                      {fill(t.downloadVersion, { n: version.version, title: document.title })}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </details>
    </li>
  );
}

/** The plan page's documents: the kommissorium and the rest with their versions; leaders upload. */
export function DocumentsPanel() {
  const can = useCan();
  const documents = useDocuments();
  return (
    <QuerySection
      query={documents}
      labelledBy="documents-title"
      header={
        <>
          <h2 id="documents-title">{t.title}</h2>
          <p>{t.intro}</p>
          <p>
            <Link to="/plan/lbf-dokumenter">{da.planDocuments.lbf.title}</Link>
          </p>
        </>
      }
    >
      {(data) => (
        <>
          {data.documents.length === 0 ? (
            <p>{t.none}</p>
          ) : (
            <ul className="document-list">
              {data.documents.map((document) => (
                <DocumentEntry key={document.id} document={document} />
              ))}
            </ul>
          )}
          {can('documents.upload') ? <UploadForm documents={data.documents} /> : null}
        </>
      )}
    </QuerySection>
  );
}
