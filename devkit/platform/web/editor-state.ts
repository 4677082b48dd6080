/**
 * The simulated reply editor of each ticket page. `setValue` on `id: "editor"` (docs/platform.md
 * "Front end: the interface method and events") changes it: `replace: true` swaps the whole content, `position:
 * "start"` prepends, otherwise the text is appended. (In Freshdesk the text goes in at the cursor; a headless editor
 * has no cursor, so "end" is the default.)
 */
export interface EditorInsert {
  text: string;
  replace?: boolean;
  position?: 'start' | 'end';
}

export interface EditorStore {
  apply(ticketId: number | undefined, insert: EditorInsert): string;
  text(ticketId: number | undefined): string;
  clear(): void;
}

export function createEditorStore(): EditorStore {
  const texts = new Map<string, string>();
  const keyOf = (ticketId: number | undefined) => (ticketId === undefined ? 'no-ticket' : String(ticketId));
  return {
    apply(ticketId, { text, replace, position }) {
      const current = texts.get(keyOf(ticketId)) ?? '';
      const next = replace ? text : position === 'start' ? text + current : current + text;
      texts.set(keyOf(ticketId), next);
      return next;
    },
    text: (ticketId) => texts.get(keyOf(ticketId)) ?? '',
    clear: () => texts.clear(),
  };
}
