/**
 * The sidebar for a loaded ticket, in the order agents use it: the draft first (its actions within the 700 px
 * frame), then classification and routing, sentiment and QA; processing and cost last and compact. A ticket the
 * app never saw offers Process this ticket.
 */
import type { Loaded } from '../hooks/use-insights';
import { useDraftActions } from '../hooks/use-draft-actions';
import type { Draft, SidebarPort } from '../port';
import { draftView } from '../view-models/draft';
import { sentimentView } from '../view-models/sentiment';
import { sidebarView } from '../view-models/sidebar';
import { Card, Note } from './Card';
import { ClassificationCard } from './ClassificationCard';
import { DraftCard } from './DraftCard';
import { ProcessingCard } from './ProcessingCard';
import { QaCard } from './QaCard';
import { RoutingCard } from './RoutingCard';
import { SentimentCard } from './SentimentCard';
import { Button } from './crayons';

export interface InsightsProps {
  port: SidebarPort;
  data: Loaded;
  now: number;
  retrying: boolean;
  refreshing: boolean;
  live: boolean;
  onRetry(): void;
  onRefresh(): void;
  onDraft(draft: Draft): void;
}

export function Insights({ port, data, now, retrying, refreshing, live, onRetry, onRefresh, onDraft }: InsightsProps) {
  const { ticket, settings, record } = data;
  const view = sidebarView({ record, settings, now, ...(ticket.status === undefined ? {} : { ticketStatus: ticket.status }), ...(data.group ? { group: data.group } : {}) });
  const actions = useDraftActions({ port, ticket, canSave: record !== undefined, serverDraftId: record?.triage?.draft?.id, onDraft });
  // As the server drafts: the admin's language, else the requester's, else English.
  const defaults = { style: settings.draft_style, language: settings.draft_language ?? data.contact.language ?? 'en' };
  const sentiment = settings.feature_sentiment || record?.sentiment ? sentimentView(record?.sentiment, data.customer, data.contact.name, now) : undefined;
  const retry = { retrying, onRetry };
  const sentimentCard = sentiment && <SentimentCard view={sentiment} loading={data.customer.state === 'loading'} retry={retry} />;

  if (view.kind === 'off') {
    return (
      <Card name="empty" title="Simpli AI">
        <Note>{view.words}</Note>
      </Card>
    );
  }
  if (view.kind === 'not_processed') {
    const unsaved = data.unsavedDraft && draftView(data.unsavedDraft, true, settings);
    return (
      <>
        <Card name="empty" title="Not processed yet">
          <Note>{view.words}</Note>
          <div className="sb-actions">
            {view.canProcess && (
              <Button color="primary" size="small" data-action="process" loading={retrying} disabled={retrying} onFwClick={onRetry}>
                Process this ticket
              </Button>
            )}
            <Button color="secondary" size="small" data-action="refresh" loading={refreshing} disabled={refreshing || retrying} onFwClick={onRefresh}>
              Check again
            </Button>
          </div>
        </Card>
        {(view.canDraft || unsaved) && <DraftCard draft={unsaved} note="Simpli can draft a reply now; it is not saved with the ticket." canDraft={view.canDraft} actions={actions} defaults={defaults} />}
        {sentimentCard}
      </>
    );
  }
  return (
    <>
      {view.unreadable && <Note tone="danger">{view.unreadable}</Note>}
      {(view.draft || view.canDraft || view.draftNote) && <DraftCard draft={view.draft} note={view.draftNote} canDraft={view.canDraft} actions={actions} defaults={defaults} />}
      <ClassificationCard view={view.classification} note={view.triageNote} />
      <RoutingCard view={view.routing} note={view.routingNote} />
      {sentimentCard}
      <QaCard view={view.qa} retry={retry} />
      <ProcessingCard job={view.triage} cost={view.cost} live={live} retrying={retrying} refreshing={refreshing} onRetry={onRetry} onRefresh={onRefresh} />
    </>
  );
}
