/** The fake Freshdesk API v2: seed it with a FreshdeskAccount, mount it with the kit's startFake. */
export type * from './account';
export type { ConversationJson } from './records';
export { createFreshdeskFake, type FreshdeskFake, type FreshdeskFakeOptions, type FreshdeskState } from './service';
export { isFreshdeskSnapshot, type Clock, type FreshdeskRecords, type FreshdeskSnapshot } from './store';
export { minimalAccount, ADMIN_KEY, AGENT_KEY } from './minimal-account';
export { ROUTES } from './routes';
