/**
 * The sidebar's first view (app/src/first-view.ts, painted by boot.js before the React bundle runs) and the record
 * read it shares with the React app (app/src/fdk/first-record.ts), in jsdom.
 */
import { sharingFirstRecord } from '../../app/src/fdk/first-record';
import { readTaggedClassification, readTicket } from '../../app/src/contracts/ticket';
import { clearFirstView, FIRST_VIEW_ID, paintClassification, paintFirstView } from '../../app/src/first-view';
import { FakePort } from './support/fake-port';
import { record, triage } from './support/fixtures';

beforeEach(() => {
  document.body.innerHTML = `<div id="${FIRST_VIEW_ID}"></div><div id="root"></div>`;
});

const firstView = () => document.getElementById(FIRST_VIEW_ID)!;

it("paints the draft as text in the draft card's markup, once, and React's first render takes it away", () => {
  const hostile = '<img src=x onerror="alert(1)"> Hello';
  expect(paintFirstView(record({ triage: triage({ draft: { id: 'd1', text: hostile } }) }))).toBe(true);
  expect(firstView().querySelector('[data-section="draft"] .sb-card-title')?.textContent).toBe('Reply draft');
  expect(firstView().querySelector('.sb-draft')?.textContent).toBe(hostile);
  expect(firstView().querySelector('img')).toBeNull();
  expect(paintFirstView(record())).toBe(false); // already painted
  clearFirstView();
  expect(firstView().childElementCount).toBe(0);
});

it('paints the classification from the ticket tags first, under a draft card that the record fills', () => {
  const data = { ticket: { id: 7, tags: ['vip', 'AI-Category:feature-request', 'ai-urgency:high'] } };
  expect(readTaggedClassification(data)).toEqual({ category: 'feature-request', urgency: 'high' });
  expect(readTicket(data)?.tagged).toEqual({ category: 'feature-request', urgency: 'high' });
  expect(paintClassification(readTicket(data)?.tagged)).toBe(true);
  const facts = [...firstView().querySelectorAll('[data-section="classification"] dd')].map((d) => d.textContent);
  expect(facts).toEqual(['Feature request', 'High']);
  expect(firstView().querySelector('[data-section="draft"] .sb-note')?.textContent).toBe('Loading the draft…');
  expect(paintFirstView(record({ triage: triage({ draft: { id: 'd1', text: 'Dear <b>you</b>' } }) }))).toBe(true);
  expect(firstView().querySelector('[data-section="draft"] .sb-draft')?.textContent).toBe('Dear <b>you</b>');
  expect(firstView().querySelector('.sb-note')).toBeNull();
  expect([...firstView().children].map((c) => (c as HTMLElement).dataset.section)).toEqual(['draft', 'classification']);
});

it('paints no classification for a ticket without the category tag (never triaged)', () => {
  expect(readTaggedClassification({ ticket: { id: 7, tags: ['ai-urgency:high', 'ai-category:'] } })).toBeUndefined();
  expect(paintClassification(undefined)).toBe(false);
  expect(firstView().childElementCount).toBe(0);
});

it('paints nothing without a draft (no record, a ticket not processed yet): React renders first', () => {
  expect(paintFirstView(undefined)).toBe(false);
  expect(paintFirstView(record({ triage: triage({ draft: undefined }) }))).toBe(false);
  expect(firstView().childElementCount).toBe(0);
});

it("shares the first view's record read with the port's next call for the same ticket; later calls read again", async () => {
  const fake = new FakePort({ record: record() });
  const { port, readFirst } = sharingFirstRecord(fake);
  const first = readFirst(1001);
  expect(port.record(1001)).toBe(first);
  await port.record(1001);
  expect(fake.callsTo('record')).toHaveLength(2);
  // Another ticket's read is its own; without a first view every call reads.
  const other = sharingFirstRecord(new FakePort({ record: record() }));
  const a = other.readFirst(1);
  expect(other.port.record(2)).not.toBe(a);
  const none = new FakePort({ record: record() });
  const plain = sharingFirstRecord(none).port;
  await plain.record(7);
  await plain.record(7);
  expect(none.callsTo('record')).toHaveLength(2);
});
