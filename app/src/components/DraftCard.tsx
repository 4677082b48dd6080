/**
 * The AI draft, as text: Insert into reply, Edit (then insert the edit, or send it to Simpli as feedback),
 * Regenerate with a style and language, and feedback.
 */
import { useEffect, useState } from 'react';
import type { DraftActions } from '../hooks/use-draft-actions';
import type { DraftView } from '../view-models/draft';
import { Card, Note } from './Card';
import { Button, Label } from './crayons';
import { DraftFeedback } from './DraftFeedback';
import { RegenerateForm } from './RegenerateForm';

export interface DraftCardProps {
  draft: DraftView | undefined;
  note: string | undefined;
  canDraft: boolean;
  actions: DraftActions;
  defaults: { style: string; language: string };
}

function Editor({ draft, actions, onDone }: { draft: DraftView; actions: DraftActions; onDone(): void }) {
  const [text, setText] = useState(draft.text);
  const blank = text.trim() === '';
  return (
    <div className="sb-editor">
      <label className="sb-field">
        <span>Edit the draft</span>
        <textarea data-field="draft-edit" value={text} rows={8} onChange={(e) => setText(e.target.value)} />
      </label>
      <div className="sb-actions">
        <Button color="primary" size="small" data-action="insert-edited" disabled={blank || actions.busy !== undefined} onFwClick={() => void actions.insert(text).then((ok) => ok && onDone())}>
          Insert edited text
        </Button>
        {draft.id && (
          <Button color="secondary" size="small" data-action="feedback-edited" disabled={blank || actions.busy !== undefined} onFwClick={() => void actions.feedback(draft.id ?? '', 'edited', text)}>
            Send edit as feedback
          </Button>
        )}
        <Button color="text" size="small" data-action="cancel-edit" onFwClick={onDone}>
          Cancel
        </Button>
      </div>
    </div>
  );
}

export function DraftCard({ draft, note, canDraft, actions, defaults }: DraftCardProps) {
  const [editing, setEditing] = useState(false);
  useEffect(() => setEditing(false), [draft?.text]);
  const aside = draft ? <Label className="sb-label" color="blue" value={draft.regenerated ? 'Regenerated' : 'AI draft'} /> : undefined;
  return (
    <Card name="draft" title="Reply draft" aside={aside}>
      {draft ? (
        <>
          <p className="sb-meta">{draft.meta}</p>
          {editing ? (
            <Editor draft={draft} actions={actions} onDone={() => setEditing(false)} />
          ) : (
            <>
              <div className="sb-draft" data-draft-id={draft.id}>
                {draft.text}
              </div>
              <div className="sb-actions">
                <Button color="primary" size="small" data-action="insert" loading={actions.busy === 'insert'} disabled={actions.busy !== undefined} onFwClick={() => void actions.insert(draft.text)}>
                  Insert into reply
                </Button>
                <Button color="secondary" size="small" data-action="edit" onFwClick={() => setEditing(true)}>
                  Edit
                </Button>
              </div>
            </>
          )}
          <DraftFeedback draftId={draft.id} actions={actions} />
        </>
      ) : (
        <Note>{note ?? 'No draft yet.'}</Note>
      )}
      {actions.problem && <Note tone="danger">{actions.problem}</Note>}
      {canDraft && (
        <RegenerateForm
          key={draft ? `${draft.id ?? ''}|${draft.style}|${draft.language}|${draft.text.length}` : 'none'}
          style={draft?.style ?? defaults.style}
          language={draft?.language ?? defaults.language}
          busy={actions.busy === 'regenerate'}
          label={draft ? 'Regenerate' : 'Draft a reply'}
          onRegenerate={(style, language) => void actions.regenerate(style, language)}
        />
      )}
    </Card>
  );
}
