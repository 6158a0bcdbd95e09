// Program Vollsmose's public face: the first start loads the program and its plan register with the
// Odense plan (src/first-start.ts); the app assembly takes its routes and retention rule, the CLI its
// report. No other module uses this one.

export { programRoutes } from './routes/index.ts';
export { seedProgramVollsmose } from './seed/seed-program.ts';
export { buildProgramReport } from './service/report.ts';
export { renderProgramReportPdf } from './service/report-pdf.ts';
export { knowledgeRetention } from './service/retention.ts';
