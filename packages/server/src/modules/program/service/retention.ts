import { da, findPersonalData } from '@helhed/core';
import type { Db } from '../../../platform/db/database.ts';
import { perPlanRule } from '../../../platform/retention/run.ts';
import { knowledgeTextsBefore, replaceKnowledgeText } from '../queries/knowledge-retention.ts';
import { replaceRevisionTexts, revisionTextsBefore } from '../queries/knowledge-revisions.ts';
import type { EntryText } from '../tables.ts';

/** The text with every CPR number, e-mail address and phone number the guard finds replaced. */
function redacted(text: string): string {
  const found = findPersonalData(text);
  let out = text;
  for (const value of [...found.cpr, ...found.emails, ...found.phones])
    out = out.split(value).join(da.retention.redacted);
  return out;
}

/** A kept text of an entry's history, redacted the same way (null stays null). */
function redactedText(text: EntryText | null): EntryText | null {
  if (text === null) return null;
  return { ...text, title: redacted(text.title).slice(0, 300), body: redacted(text.body).slice(0, 20_000) };
}

const changed = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);

/** Entries and history rows written before the cut-off day that still hold something to redact. */
async function due(db: Db, cutoff: string) {
  const entries = (await knowledgeTextsBefore(db, cutoff)).filter(
    (e) => redacted(e.title) !== e.title || redacted(e.body) !== e.body,
  );
  const revisions = (await revisionTextsBefore(db, cutoff)).filter(
    (r) => changed(redactedText(r.before), r.before) || changed(redactedText(r.after), r.after),
  );
  return [
    ...entries.map((e) => ({ ...e, kind: 'entry' as const })),
    ...revisions.map((r) => ({ ...r, kind: 'revision' as const })),
  ];
}

/**
 * The videnbase's notes are the plan's knowledge and stay, but an e-mail address or phone number the
 * writer confirmed (and a CPR number, which the guard refuses on the way in) is replaced the residents'
 * period after the note was written (decision 0022), in the note and in the texts its history keeps. A
 * name cannot be recognised: an edit that "removes personal data" takes it out, history included.
 */
export const knowledgeRetention = perPlanRule(
  'knowledge_entry',
  'residents',
  async (db, cutoff) => {
    const counts = new Map<string, number>();
    for (const entry of await due(db, cutoff))
      counts.set(entry.plan_id, (counts.get(entry.plan_id) ?? 0) + 1);
    return [...counts].map(([plan_id, n]) => ({ plan_id, n: String(n) }));
  },
  async (db, planId, cutoff) => {
    const rows = (await due(db, cutoff)).filter((e) => e.plan_id === planId);
    // "[slettet]" can be longer than what it replaces: keep the columns' limits (300 and 20 000).
    for (const row of rows) {
      if (row.kind === 'revision')
        await replaceRevisionTexts(db, row.id, redactedText(row.before), redactedText(row.after));
      else
        await replaceKnowledgeText(
          db,
          row.id,
          redacted(row.title).slice(0, 300),
          redacted(row.body).slice(0, 20_000),
        );
    }
    return rows.length;
  },
);
