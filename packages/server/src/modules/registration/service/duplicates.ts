import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { findParticipantsByIds, listDuplicateCandidates } from '../queries/participants.ts';
import { nameSimilarity } from './name-similarity.ts';
import { presentParticipant } from './presenters.ts';

/** What the worker has typed so far for a new participant. */
export interface DuplicateQuery {
  displayName: string;
  birthYear?: number | undefined;
  areaId?: string | undefined;
}

interface Candidate {
  display_name: string | null;
  birth_year: number | null;
  area_id: string | null;
}

const SIMILAR = 0.75;
const VERY_SIMILAR = 0.85;
/** A worker reads a handful, not a list: more would be a search, which the participant list is. */
const SHOWN = 5;

/**
 * How likely the candidate is the person being registered, or null when not likely. A similar name
 * is needed; a different known birth year rules it out; with a year unknown on either side, the
 * same area or a very similar name is needed too. The same year and the same area rank it higher.
 */
export function duplicateScore(query: DuplicateQuery, candidate: Candidate): number | null {
  if (candidate.display_name === null) return null;
  const similarity = nameSimilarity(query.displayName, candidate.display_name);
  if (similarity < SIMILAR) return null;
  const yearKnown = query.birthYear !== undefined && candidate.birth_year !== null;
  if (yearKnown && candidate.birth_year !== query.birthYear) return null;
  const sameArea = query.areaId !== undefined && candidate.area_id === query.areaId;
  if (!yearKnown && !sameArea && similarity < VERY_SIMILAR) return null;
  return similarity + (yearKnown ? 0.1 : 0) + (sameArea ? 0.1 : 0);
}

/**
 * The participants in the actor's scope that are likely the person about to be registered, most
 * likely first, at most five. Each shown is a read of personal data, as in the list; the others are
 * compared by name only and never leave the server.
 */
export async function likelyDuplicates(db: Db, ctx: RequestContext, query: DuplicateQuery) {
  const candidates = await listDuplicateCandidates(db, ctx.actor, query.birthYear);
  // Equally likely ones in Danish alphabetical order, so the same question gets the same answer.
  const ranked = candidates
    .map((candidate) => ({ ...candidate, score: duplicateScore(query, candidate) }))
    .filter((c): c is typeof c & { score: number } => c.score !== null)
    .sort(
      (a, b) =>
        b.score - a.score ||
        (a.display_name ?? '').localeCompare(b.display_name ?? '', 'da') ||
        (a.id < b.id ? -1 : 1),
    )
    .slice(0, SHOWN);
  const rows = new Map(
    (
      await findParticipantsByIds(
        db,
        ctx.actor,
        ranked.map((c) => c.id),
      )
    ).map((r) => [r.id, r]),
  );
  const participants = ranked.flatMap((c) => {
    const row = rows.get(c.id);
    return row ? [presentParticipant(ctx, row)] : [];
  });
  return { participants };
}
