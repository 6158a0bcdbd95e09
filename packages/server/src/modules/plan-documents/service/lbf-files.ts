import { da, fill, formatLongDate } from '@helhed/core';
import type { Db } from '../../../platform/db/database.ts';
import { createZip, type ZipFile } from '../../../platform/export/index.ts';
import { AppError, fieldError } from '../../../platform/http/errors.ts';
import type { LbfItemKey } from '../contract/documents.ts';
import { type LbfFormat, type LbfItem, type LbfSetOptions, lbfItems } from './lbf-set.ts';

// The LBF set's downloads: one item as a file, or "Hent det hele" as one ZIP with sensible Danish
// (ASCII) file names in the agreement's order, a table of contents first, and each missing item as
// a short MANGLER text instead of being left out.

const t = da.planDocuments;

/** Danish file names without æ, ø and å, which not every upload form and unzip program take. */
const FILE_BASES: Record<LbfItemKey, string> = {
  delaftaler: 'delaftaler',
  budget: 'budget',
  beredskabsplan: 'beredskabsplan',
  milepaelsplan: 'milepaelsplan',
  kommissorium: 'kommissorium-bestyrelsen',
  indberetningsskema: 'indberetningsskema',
};

export interface LbfPlan {
  id: string;
  slug: string;
  name: string;
}

/** One item's file; a missing item or a format it does not come in is refused in Danish. */
export async function lbfItemFile(
  db: Db,
  plan: LbfPlan,
  options: LbfSetOptions,
  key: LbfItemKey,
  format: LbfFormat,
  today: string,
): Promise<{ name: string; content: Buffer }> {
  const item = (await lbfItems(db, plan.id, options, today)).find((i) => i.key === key);
  if (!item || item.missingNote)
    throw new AppError('NOT_FOUND', [{ field: 'item', message: t.lbf.itemMissing }]);
  const make = item.files[format];
  if (!make) throw fieldError('format', t.lbf.formatUnavailable);
  return { name: `${FILE_BASES[key]}-${plan.slug}-${today}`, content: await make() };
}

function numbered(index: number, name: string): string {
  return `${String(index + 1).padStart(2, '0')}-${name}`;
}

function contentsLine(item: LbfItem, index: number, files: string[]): string {
  const z = t.zip;
  let line = fill(z.contentsLine, {
    nr: index + 1,
    item: t.lbf.items[item.key],
    state: item.missingNote ? `${t.lbf.states.missing} – ${item.missingNote}` : t.lbf.states.ready,
  });
  if (item.version) line += fill(z.contentsVersion, { version: item.version });
  if (item.changedAt) line += fill(z.contentsChanged, { date: formatLongDate(item.changedAt) });
  return `${line}\r\n${fill(z.contentsFiles, { files: files.join(', ') })}`;
}

/** "Hent det hele": every item of the set in one ZIP, named for the plan and the day. */
export async function lbfZip(
  db: Db,
  plan: LbfPlan,
  options: LbfSetOptions,
  today: string,
): Promise<{ name: string; content: Buffer }> {
  const items = await lbfItems(db, plan.id, options, today);
  const files: ZipFile[] = [];
  const lines: string[] = [];
  for (const [index, item] of items.entries()) {
    const base = numbered(index, FILE_BASES[item.key]);
    const own: ZipFile[] = [];
    if (item.missingNote) {
      own.push({
        name: `${base}-MANGLER.txt`,
        content: Buffer.from(
          `${fill(t.zip.missingFile, { item: t.lbf.items[item.key], note: item.missingNote })}\r\n`,
        ),
      });
    }
    for (const format of ['pdf', 'xlsx'] as const) {
      const make = item.files[format];
      if (make) own.push({ name: `${base}.${format}`, content: await make() });
    }
    files.push(...own);
    lines.push(
      contentsLine(
        item,
        index,
        own.map((f) => f.name),
      ),
    );
  }
  const title = fill(t.zip.contentsTitle, { plan: plan.name, date: formatLongDate(today) });
  const contents = {
    name: t.zip.contentsName,
    content: Buffer.from(`${title}\r\n\r\n${lines.join('\r\n')}\r\n`),
  };
  return {
    name: fill(t.zip.fileName, { plan: plan.slug, date: today }),
    content: createZip([contents, ...files]),
  };
}
