/** The draft: insert into the reply as safe HTML, edit, regenerate (1–2 operations), and feedback. */
import { Sidebar } from '../../../app/src/components/Sidebar';
import { PortProvider } from '../../../app/src/hooks/use-sidebar';
import { SidebarError } from '../../../app/src/port';
import { FakePort } from '../support/fake-port';
import { NOW, record, settings, triage } from '../support/fixtures';
import { byAction, choose, cleanup, click, render, section, textOf, type } from '../support/render';

afterEach(cleanup);

const open = (port: FakePort) => render(<PortProvider port={port}><Sidebar now={() => NOW} /></PortProvider>);

describe('Insert into reply', () => {
  it('inserts the draft as escaped HTML paragraphs and confirms', async () => {
    const text = 'Hi <b>Dana</b> & co,\n\nLine one\nline two';
    const port = new FakePort({ record: record({ triage: triage({ draft: { id: 'd', text, confidence: 0.5 } }) }) });
    const { container } = await open(port);
    await click(byAction(container, 'insert'));
    expect(port.callsTo('insertIntoReply')).toEqual([['<p>Hi &lt;b&gt;Dana&lt;/b&gt; &amp; co,</p><p>Line one<br>line two</p>']]);
    expect(port.notices).toContainEqual({ type: 'success', message: 'Draft inserted into the reply. Review it before you send.' });
    expect(port.ops()).toBe(2); // inserting is free
  });

  it('says so in the card when the editor cannot take it', async () => {
    const port = new FakePort({ insert: new SidebarError('rejected', 'x') });
    const { container } = await open(port);
    await click(byAction(container, 'insert'));
    expect(textOf(section(container, 'draft'))).toContain('Inserting the draft was refused by the service.');
  });

  it('inserts an edited draft, and keeps the edit box open if that fails', async () => {
    const port = new FakePort();
    const { container } = await open(port);
    await click(byAction(container, 'edit'));
    const area = container.querySelector<HTMLTextAreaElement>('[data-field="draft-edit"]');
    if (!area) throw new Error('no editor');
    await type(area, 'My own words');
    await click(byAction(container, 'insert-edited'));
    expect(port.callsTo('insertIntoReply').at(-1)).toEqual(['<p>My own words</p>']);
    expect(container.querySelector('[data-field="draft-edit"]')).toBeNull();

    port.answers.insert = new SidebarError('offline', 'x');
    await click(byAction(container, 'edit'));
    await click(byAction(container, 'insert-edited'));
    expect(container.querySelector('[data-field="draft-edit"]')).not.toBeNull();
  });
});

describe('Regenerate', () => {
  it('drafts with the chosen style and language, keeps it in the record, and shows it: 2 operations', async () => {
    const port = new FakePort();
    const { container } = await open(port);
    const before = port.ops();
    const draft = section(container, 'draft');
    await choose(draft.querySelector<HTMLSelectElement>('select[name="style"]')!, 'formal');
    await choose(draft.querySelector<HTMLSelectElement>('select[name="language"]')!, 'de');
    await click(byAction(container, 'regenerate'));
    expect(port.callsTo('draft')).toEqual([[{ ticketId: 1001, message: 'Hi, my card was charged twice for the renewal.', style: 'formal', language: 'de' }]]);
    expect(port.callsTo('saveDraft')).toEqual([[1001, { id: 'drf_2', text: 'Sehr geehrte Dana,\n\nneu.', confidence: 0.7, language: 'de', style: 'formal', replaces: 'drf_1' }]]);
    expect(port.ops() - before).toBe(2);
    expect(textOf(section(container, 'draft'))).toContain('Sehr geehrte Dana');
    expect(textOf(section(container, 'draft'))).toContain('Regenerated');
    expect(textOf(section(container, 'draft'))).toContain('70% confident · Formal · German');
  });

  it('says when Simpli answered in another language', async () => {
    const port = new FakePort({ draft: { id: 'x', text: 'Bonjour? No: hello.', language: 'en', style: 'friendly' } });
    const { container } = await open(port);
    await choose(section(container, 'draft').querySelector<HTMLSelectElement>('select[name="language"]')!, 'fr');
    await click(byAction(container, 'regenerate'));
    expect(port.notices).toContainEqual({ type: 'info', message: 'Simpli Reply has no French drafts; this one is in English.' });
  });

  it('shows the new draft even when it cannot be kept, and says it will not last', async () => {
    const port = new FakePort({ saveDraft: new SidebarError('rate_limited', 'x') });
    const { container } = await open(port);
    await click(byAction(container, 'regenerate'));
    const text = textOf(section(container, 'draft'));
    expect(text).toContain('Sehr geehrte Dana');
    expect(text).toContain('It is shown until the ticket is reopened.');
  });

  it('never writes a record the server has not created: a draft for an unprocessed ticket costs 1 operation', async () => {
    const port = new FakePort({ record: undefined });
    const { container } = await open(port);
    const before = port.ops();
    await click(byAction(container, 'regenerate'));
    expect(port.callsTo('saveDraft')).toEqual([]);
    expect(port.ops() - before).toBe(1);
    expect(textOf(section(container, 'draft'))).toContain('Sehr geehrte Dana');
  });

  it('drafts in the requester\'s language unless the admin set one, as the server does', async () => {
    const port = new FakePort({ record: undefined, contact: { name: 'Camille', language: 'fr' } });
    const { container } = await open(port);
    await click(byAction(container, 'regenerate'));
    expect(port.callsTo('draft')[0]?.[0]).toMatchObject({ language: 'fr', style: 'friendly' });
    cleanup();
    const admin = new FakePort({ record: undefined, contact: { language: 'fr' }, settings: settings({ draft_language: 'de', draft_style: 'formal' }) });
    const opened = await open(admin);
    await click(byAction(opened.container, 'regenerate'));
    expect(admin.callsTo('draft')[0]?.[0]).toMatchObject({ language: 'de', style: 'formal' });
  });

  it('is not offered when drafts are switched off', async () => {
    const port = new FakePort({ settings: settings({ feature_draft: false }), record: record({ triage: triage({ draft: undefined }) }) });
    const { container } = await open(port);
    expect(container.querySelector('[data-action="regenerate"]')).toBeNull();
    expect(textOf(section(container, 'draft'))).toContain('Drafts are switched off for this helpdesk.');
  });
});

describe('feedback to Simpli Reply', () => {
  it('sends "accepted" for a draft used as is, once', async () => {
    const port = new FakePort();
    const { container } = await open(port);
    await click(byAction(container, 'feedback-accepted'));
    expect(port.callsTo('sendFeedback')).toEqual([[{ draftId: 'drf_1', accepted: true, editedText: null }]]);
    expect(textOf(section(container, 'draft'))).toContain('Thanks — feedback marked as good as is.');
    expect(container.querySelector('[data-action="feedback-accepted"]')).toBeNull();
  });

  it('sends the edited text', async () => {
    const port = new FakePort();
    const { container } = await open(port);
    await click(byAction(container, 'edit'));
    await type(container.querySelector<HTMLTextAreaElement>('textarea')!, 'Better words');
    await click(byAction(container, 'feedback-edited'));
    expect(port.callsTo('sendFeedback')).toEqual([[{ draftId: 'drf_1', accepted: false, editedText: 'Better words' }]]);
  });

  it('sends "not useful", and says when it could not', async () => {
    const port = new FakePort({ feedback: new SidebarError('unavailable', 'x') });
    const { container } = await open(port);
    await click(byAction(container, 'feedback-rejected'));
    expect(port.callsTo('sendFeedback')).toEqual([[{ draftId: 'drf_1', accepted: false, editedText: null }]]);
    expect(textOf(section(container, 'draft'))).toContain('Sending feedback is not possible right now');
  });

  it('explains why there is no feedback for a draft without an id', async () => {
    const port = new FakePort({ record: record({ triage: triage({ draft: { text: 'No id here', confidence: 0.4 } }) }) });
    const { container } = await open(port);
    expect(textOf(section(container, 'draft'))).toContain('Feedback is not available: Simpli Reply gave this draft no id.');
  });
});
