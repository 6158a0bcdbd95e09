export * from './discretion.ts';
export * from './format-da.ts';
export { da, fill, type Messages } from './messages/da.ts';
export * from './roles.ts';
