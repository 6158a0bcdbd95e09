import { da, fill, findPersonalData } from '@helhed/core';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { AppError, type FieldError } from '../../../platform/http/errors.ts';
import type { PublishEvaluationInput } from '../contract/groups.ts';
import { lockCourse } from '../queries/groups.ts';
import { listParticipantNames, setPublication } from '../queries/publication.ts';
import { courseDetail } from './groups.ts';
import { findNames, nameWords } from './name-guard.ts';

const f = da.consent.findings;

/**
 * What in a text looks like personal data, as Danish findings for the leader: the plan's
 * participants' names (unless the leader marked the word as no name), CPR numbers, e-mail
 * addresses and phone numbers (core's findPersonalData). CPR, e-mail and phone cannot be accepted.
 */
async function evaluationFindings(
  db: Db,
  planId: string,
  text: string,
  acceptedNames: readonly string[],
): Promise<FieldError[]> {
  const accepted = nameWords(acceptedNames);
  const names = nameWords(await listParticipantNames(db, planId));
  for (const word of accepted) names.delete(word);
  const pii = findPersonalData(text);
  return [
    ...findNames(text, names).map((value) => ({ field: 'name', message: fill(f.name, { value }) })),
    ...pii.cpr.map((value) => ({ field: 'cpr', message: fill(f.cpr, { value }) })),
    ...pii.emails.map((value) => ({ field: 'email', message: fill(f.email, { value }) })),
    ...pii.phones.map((value) => ({ field: 'phone', message: fill(f.phone, { value }) })),
  ];
}

/**
 * A leader publishes a finished course's evaluation to the videnbase: the text (usually the
 * worker's evaluation, edited) is checked first and refused with every finding; nothing is stored
 * then. A course outside the leader's scope is not found.
 */
export async function publishEvaluation(
  db: Db,
  ctx: RequestContext,
  courseId: string,
  input: PublishEvaluationInput,
) {
  const { actor } = ctx;
  await withTransaction(db, ctx, async (trx) => {
    const course = await lockCourse(trx, actor, courseId);
    if (!course) throw new AppError('NOT_FOUND');
    if (!course.evaluation) throw new AppError('EVALUATION_NOT_FINISHED');
    const findings = await evaluationFindings(trx, actor.plan.id, input.text, input.acceptedNames);
    if (findings.length > 0) throw new AppError('EVALUATION_PERSONAL_DATA', findings);
    await setPublication(trx, courseId, input.text, actor.userId);
  });
  return courseDetail(db, ctx, courseId);
}

export async function unpublishEvaluation(db: Db, ctx: RequestContext, courseId: string) {
  await withTransaction(db, ctx, async (trx) => {
    if (!(await lockCourse(trx, ctx.actor, courseId))) throw new AppError('NOT_FOUND');
    await setPublication(trx, courseId, null, null);
  });
  return courseDetail(db, ctx, courseId);
}
