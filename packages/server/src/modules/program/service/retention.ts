import { da, findPersonalData } from '@helhed/core';
import type { Db } from '../../../platform/db/database.ts';
import { perPlanRule } from '../../../platform/retention/run.ts';
import { knowledgeTextsBefore, replaceKnowledgeText } from '../queries/knowledge-retention.ts';

/** The text with every CPR number, e-mail address and phone number the guard finds replaced. */
function redacted(text: string): string {
  const found = findPersonalData(text);
  let out = text;
  for (const value of [...found.cpr, ...found.emails, ...found.phones])
    out = out.split(value).join(da.retention.redacted);
  return out;
}

async function due(db: Db, cutoff: string) {
  const entries = (await knowledgeTextsBefore(db, cutoff)).filter(
    (e) => redacted(e.title) !== e.title || redacted(e.body) !== e.body,
  );
  return entries;
}

/**
 * The videnbase's notes are the plan's knowledge and stay, but an e-mail address or phone number the
 * writer confirmed (and a CPR number, which the guard refuses on the way in) is replaced the residents'
 * period after the note was written (decision 0022). A name cannot be recognised: a leader removes it.
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
    const entries = (await due(db, cutoff)).filter((e) => e.plan_id === planId);
    // "[slettet]" can be longer than what it replaces: keep the columns' limits (300 and 20 000).
    for (const e of entries)
      await replaceKnowledgeText(
        db,
        e.id,
        redacted(e.title).slice(0, 300),
        redacted(e.body).slice(0, 20_000),
      );
    return entries.length;
  },
);
