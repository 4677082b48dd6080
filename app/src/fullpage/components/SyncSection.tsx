/** The knowledge-base sync: state, last and next run, this pass's and the last pass's counts, and Sync now. */
import { Card, Note } from '../../components/Card';
import { Button, ToneLabel } from '../../components/crayons';
import type { KbStatus } from '../contracts/kb-records';
import type { Section, SyncRun } from '../hooks/use-fullpage';
import { syncView, type CountsView } from '../view-models/sync';
import { SectionBody } from './SectionBody';

function Counts({ title, counts, name }: { title: string; counts: CountsView; name: string }) {
  return (
    <div className="fp-counts" data-counts={name}>
      <h3 className="sb-subtitle">{title}</h3>
      <dl className="sb-facts">
        <div>
          <dt>Synced</dt>
          <dd data-count="synced">{counts.synced}</dd>
        </div>
        <div>
          <dt>Changed (posted)</dt>
          <dd data-count="changed">{counts.changed}</dd>
        </div>
        <div>
          <dt>Failed</dt>
          <dd data-count="failed">{counts.failed}</dd>
        </div>
        <div>
          <dt>Removed</dt>
          <dd data-count="removed">{counts.removed}</dd>
        </div>
      </dl>
    </div>
  );
}

function SyncFacts({ status, now }: { status: KbStatus; now: number }) {
  const view = syncView(status, now);
  return (
    <>
      <p>
        <ToneLabel tone={view.state.tone} value={view.state.label} />
      </p>
      {view.error !== undefined && (
        <p className="sb-note sb-note-danger" data-field="error">
          {view.error}
        </p>
      )}
      <dl className="sb-facts">
        <div>
          <dt>Last run</dt>
          <dd data-field="last-run">{view.lastRun}</dd>
        </div>
        <div>
          <dt>Next run</dt>
          <dd data-field="next-run">{view.nextRun}</dd>
        </div>
        <div>
          <dt>Pass</dt>
          <dd>{view.pass}</dd>
        </div>
      </dl>
      <Counts title="This pass" counts={view.thisPass} name="this-pass" />
      {view.lastPass ? <Counts title="Last pass" counts={view.lastPass} name="last-pass" /> : <Note>No pass has finished yet.</Note>}
    </>
  );
}

export function SyncSection({ status, sync, onSync, now }: { status: Section<KbStatus>; sync: SyncRun; onSync: () => void; now: number }) {
  const busy = sync.state === 'busy';
  return (
    <Card title="Knowledge-base sync" name="sync">
      <SectionBody section={status} empty="The sync has not run yet.">
        {(value) => <SyncFacts status={value} now={now} />}
      </SectionBody>
      <div className="fp-actions">
        <Button color="primary" size="small" data-action="sync-now" disabled={busy} loading={busy} onFwClick={() => !busy && onSync()}>
          Sync now
        </Button>
        {sync.state === 'done' && (
          <span className="sb-thanks" role="status" data-sync="done">
            {sync.message}
          </span>
        )}
        {sync.state === 'failed' && (
          <span className="sb-note-danger" role="alert" data-sync="failed">
            {sync.message}
          </span>
        )}
      </div>
    </Card>
  );
}
