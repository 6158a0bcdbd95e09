// The program module's API shapes, as the server's contract defines them.
export type {
  ActivityKnowledge,
  ActivityRef,
  Assessor,
  Definition,
  EntryKind,
  Goal,
  KnowledgeEntry as Entry,
  KnowledgeFilters as Filters,
  Program,
  ProgramReport,
  RegisterEntry,
  SearchHit,
  Series,
  SeriesBreak,
  SeriesPoint,
} from '@helhed/server/contracts/program';
