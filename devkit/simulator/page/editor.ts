/**
 * The ticket page's reply editor, as Freshdesk's: a rich-text box the agent types in, that the app writes into
 * with `client.interface.trigger('setValue', { id: 'editor', text })` (docs/platform.md "Front end: the interface
 * method and events") — HTML, rendered, never shown as markup. Every way in goes through the allow-list
 * (sanitize.ts): the app's HTML, a paste (taken as plain text), a drop (refused). `replace: true` swaps the content,
 * `position: "start"` prepends, otherwise it is appended, as the platform's own editor record does
 * (devkit/platform/web/editor-state.ts).
 */
import { sanitizedHtml, sanitizeHtml } from './sanitize';

export interface EditorInsert {
  replace?: boolean;
  position?: 'start' | 'end';
}

export interface RichEditor {
  /** The app's setValue: HTML in, sanitized nodes placed. */
  insert(html: string, how?: EditorInsert): void;
  /** What a Reply or Add note sends: the content, sanitized again (the agent may have typed or formatted). */
  html(): string;
  /** No readable text (the editor leaves empty blocks and line breaks behind). */
  isEmpty(): boolean;
  clear(): void;
}

/** Formatting buttons: `data-command` names a document.execCommand command on the current selection. */
const COMMANDS = new Set(['bold', 'italic', 'underline', 'insertUnorderedList', 'insertOrderedList']);

export function richEditor(box: HTMLElement, toolbar?: HTMLElement): RichEditor {
  const doc = box.ownerDocument;
  box.addEventListener('paste', (e) => {
    e.preventDefault();
    const text = e.clipboardData?.getData('text/plain') ?? '';
    // insertText keeps the browser's undo history and places text only, never markup; without it, at the end.
    const inserted = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
    if (!inserted) box.append(doc.createTextNode(text));
  });
  box.addEventListener('drop', (e) => e.preventDefault());
  toolbar?.addEventListener('mousedown', (e) => e.preventDefault()); // the selection stays in the editor
  toolbar?.addEventListener('click', (e) => {
    const command = (e.target as HTMLElement).closest<HTMLElement>('[data-command]')?.dataset.command;
    if (command && COMMANDS.has(command)) {
      box.focus();
      doc.execCommand(command, false);
    }
  });
  return {
    insert(html, how = {}) {
      const nodes = sanitizeHtml(doc, html);
      if (how.replace) box.replaceChildren(nodes);
      else if (how.position === 'start') box.prepend(nodes);
      else box.append(nodes);
    },
    html: () => sanitizedHtml(doc, box.innerHTML),
    isEmpty: () => (box.textContent ?? '').replace(/\u00a0/g, ' ').trim() === '',
    clear: () => box.replaceChildren(),
  };
}
