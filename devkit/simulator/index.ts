/** npm start's stack and npm run fakes' fakes, for the CLIs, tests and tools (README.md in this folder). */
export { startStack, DEFAULT_PORT, DEFAULT_PUMP_MS, type Stack, type StackOptions } from './start-stack';
export { startFakes, FAKE_NAMES, type FakeName, type FakeUrls, type RunningFakes, type StartFakesOptions } from './fakes';
export { receiveTicket, receiveReply, agentUpdate, type NewTicket } from './desk/inbound';
export { KB_SYNC_DATA } from './actions';
export { API, type ActionResult, type Overview, type TicketDetail, type TicketRow, type RequestView, type RunView } from './api';
