// The milepælsplan's public face (issue 23, item 3): its routes for app.ts, the board report's
// section (reports), the milepælsplan document of the LBF set (plan-documents) and the reminder job.
// Everything else in the folder is the module's own.
export { type MilestonesOptions, milestonesRoutes } from './routes/index.ts';
export { milestonePlanDocument, milestoneReportSection } from './service/export.ts';
export { type MilestoneReminderSettings, runMilestoneReminders } from './service/reminders.ts';
