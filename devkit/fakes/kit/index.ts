/** The fake kit: every fake (Simpli's services, Freshdesk) is a FakeService mounted with startFake. */
export type * from './types';
export { startFake, type StartFakeOptions } from './server';
export { fakeControl, type FakeControl } from './control';
export { json } from './http-io';
export { truncate, wrongTypes } from './mangle';
