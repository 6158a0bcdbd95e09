import type { HandoverStep } from '../../../platform/users/handover.ts';
import { moveOpenCases } from '../queries/cases.ts';

/** Registration's part of a handover: the worker's open forløb (closed ones keep their history). */
export const caseHandover: HandoverStep = { move: moveOpenCases };
