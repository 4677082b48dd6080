/** A section's loading, empty and error states, or its content once the record is read. */
import type { ReactNode } from 'react';
import { Note } from '../../components/Card';
import { Spinner } from '../../components/crayons';
import type { Section } from '../hooks/use-fullpage';

export function SectionBody<T>({ section, empty, children }: { section: Section<T>; empty: string; children: (value: T) => ReactNode }) {
  switch (section.state) {
    case 'loading':
      return (
        <div className="fp-loading" role="status" data-state="loading">
          <Spinner size="small" /> <span>Loading…</span>
        </div>
      );
    case 'empty':
      return (
        <div data-state="empty">
          <Note>{empty}</Note>
        </div>
      );
    case 'error':
      return (
        <div data-state="error">
          <Note tone="danger">{section.message}</Note>
        </div>
      );
    default:
      return <>{children(section.value)}</>;
  }
}
