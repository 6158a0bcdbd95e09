import { da, fill } from '@helhed/core';
import type { z } from 'zod';
import type { Db } from '../../../platform/db/database.ts';
import { fingerprint, type GeneratedDocument } from '../../../platform/export/index.ts';
import { preparednessPlanDocument } from '../../alerting/index.ts';
import { milestonePlanDocument } from '../../milestones/index.ts';
import { subAgreementsDocument } from '../../plan/index.ts';
import { LBF_ITEMS, type LbfItemKey, type LbfItemView, type LbfSet } from '../contract/documents.ts';
import { latestFileOfKind, listDocuments, listVersions } from '../queries/documents.ts';

// Landsbyggefonden's document set (issue 23, item 5): the six items the strategic agreement asks
// to be uploaded, each ready or missing, with its version and last change. Helhed makes the
// delaftaler, the beredskabsplan and the milepælsplan from the plan (through those modules' index
// files); the budget comes from the finance module through the provider app.ts passes in; the
// kommissorium and the indberetningsskema are the newest uploaded versions.

const t = da.planDocuments.lbf;

/**
 * What the finance module gives for the set: when the budget last changed, and the budget as XLSX
 * and PDF, made when asked for.
 */
export type BudgetDocuments = (
  db: Db,
  planId: string,
) => Promise<{ changedAt: Date | null; files: () => Promise<{ xlsx: Buffer; pdf: Buffer }> }>;

export interface LbfSetOptions {
  /** The finance module's budgetDocuments; until it is wired, the budget is listed as missing. */
  budget?: BudgetDocuments | undefined;
}

export type LbfFormat = 'pdf' | 'xlsx';

export interface LbfItem {
  key: LbfItemKey;
  source: z.infer<typeof LbfItemView>['source'];
  version: string | null;
  changedAt: Date | null;
  missingNote: string | null;
  documentId: string | null;
  /** The item's files by format, made when asked for; empty while the item is missing. */
  files: Partial<Record<LbfFormat, () => Promise<Buffer>>>;
}

function generated(key: LbfItemKey, source: LbfItem['source'], doc: GeneratedDocument): LbfItem {
  if (doc.empty && key === 'milepaelsplan') {
    return { ...missingItem(key, source, t.missing.milepaelsplan), changedAt: doc.changedAt };
  }
  return {
    key,
    source,
    version: fill(t.generatedVersion, { fingerprint: doc.version }),
    changedAt: doc.changedAt,
    missingNote: null,
    documentId: null,
    files: { pdf: doc.pdf, ...(doc.xlsx ? { xlsx: doc.xlsx } : {}) },
  };
}

function missingItem(key: LbfItemKey, source: LbfItem['source'], note: string): LbfItem {
  return { key, source, version: null, changedAt: null, missingNote: note, documentId: null, files: {} };
}

async function budgetItem(db: Db, planId: string, budget: BudgetDocuments | undefined): Promise<LbfItem> {
  if (!budget) return missingItem('budget', 'finance', t.missing.budget);
  const { changedAt, files } = await budget(db, planId);
  // A plan whose budget was never entered has none to send, only empty tables.
  if (changedAt === null) return missingItem('budget', 'finance', t.missing.budget);
  // Both formats come from one build, made once even when the ZIP asks for both.
  let made: ReturnType<typeof files> | undefined;
  const once = () => {
    made ??= files();
    return made;
  };
  return generated('budget', 'finance', {
    changedAt,
    // The budget's own state is its last change: the same change, the same version.
    version: fingerprint(changedAt.toISOString()),
    pdf: async () => (await once()).pdf,
    xlsx: async () => (await once()).xlsx,
  });
}

async function uploadedItems(
  db: Db,
  planId: string,
): Promise<Record<'kommissorium' | 'indberetningsskema', LbfItem>> {
  const [documents, versions] = await Promise.all([listDocuments(db, planId), listVersions(db, planId)]);
  const item = (key: 'kommissorium' | 'indberetningsskema'): LbfItem => {
    const document = documents.find((d) => d.kind === key);
    const newest = document ? versions.find((v) => v.document_id === document.id) : undefined;
    if (!document || !newest) return missingItem(key, 'upload', t.missing[key]);
    return {
      key,
      source: 'upload',
      version: fill(t.uploadedVersion, { n: newest.version }),
      changedAt: newest.uploaded_at,
      missingNote: null,
      documentId: document.id,
      files: {
        pdf: async () => {
          const file = await latestFileOfKind(db, planId, key);
          if (!file) throw new Error(`the ${key} of plan ${planId} went away`);
          return file.content;
        },
      },
    };
  };
  return { kommissorium: item('kommissorium'), indberetningsskema: item('indberetningsskema') };
}

/** The set's six items of one plan, in the agreement's order, as of `today`. */
export async function lbfItems(
  db: Db,
  planId: string,
  options: LbfSetOptions,
  today: string,
): Promise<LbfItem[]> {
  const [subAgreements, budget, preparedness, milestones, uploads] = await Promise.all([
    subAgreementsDocument(db, planId, today),
    budgetItem(db, planId, options.budget),
    preparednessPlanDocument(db, planId, today),
    milestonePlanDocument(db, planId, today),
    uploadedItems(db, planId),
  ]);
  const items: Record<LbfItemKey, LbfItem> = {
    delaftaler: generated('delaftaler', 'plan', subAgreements),
    budget,
    beredskabsplan: generated('beredskabsplan', 'beredskab', preparedness),
    milepaelsplan: generated('milepaelsplan', 'milestones', milestones),
    ...uploads,
  };
  return LBF_ITEMS.map((key) => items[key]);
}

export function presentLbfSet(items: LbfItem[]): z.infer<typeof LbfSet> {
  const views = items.map((item) => ({
    key: item.key,
    title: t.items[item.key],
    source: item.source,
    state: item.missingNote ? ('missing' as const) : ('ready' as const),
    version: item.version,
    changedAt: item.changedAt?.toISOString() ?? null,
    formats: (['pdf', 'xlsx'] as const).filter((format) => item.files[format]),
    missingNote: item.missingNote,
    documentId: item.documentId,
  }));
  return { items: views, complete: views.every((v) => v.state === 'ready') };
}
