import { da } from '@helhed/core';
import { Page } from '../../../components/ui/page.tsx';
import { ImportForm } from '../components/import-form.tsx';

export function ImportPage() {
  return (
    <Page title={da.planUi.importTitle}>
      <p className="lead">{da.planUi.importIntro}</p>
      <section className="panel">
        <ImportForm />
      </section>
      <section className="panel" aria-labelledby="import-format-title">
        <h2 id="import-format-title">{da.planUi.importFormatTitle}</h2>
        <p>{da.planUi.importFormat}</p>
        <pre className="code-block">
          {
            'indikator;område;år;værdi;kilde\nudd-18-29-uddannelse-udover-grundskolen;vollsmose;2023;61,2;Beboerdata, LBF'
          }
        </pre>
      </section>
    </Page>
  );
}
