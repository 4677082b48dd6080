/** A sidebar section: a titled card, optionally with a status label beside the title; compact for the footnotes. */
import type { ReactNode } from 'react';

export function Card({ title, aside, children, name, compact = false }: { title: string; aside?: ReactNode; children: ReactNode; name: string; compact?: boolean }) {
  return (
    <section className={compact ? 'sb-card sb-card-compact' : 'sb-card'} aria-label={title} data-section={name}>
      <header className="sb-card-head">
        <h2 className="sb-card-title">{title}</h2>
        {aside}
      </header>
      {children}
    </section>
  );
}

/** A sentence in place of missing content: never a blank section. */
export function Note({ children, tone = 'neutral' }: { children: ReactNode; tone?: 'neutral' | 'danger' }) {
  return (
    <p className={`sb-note sb-note-${tone}`} role={tone === 'danger' ? 'alert' : undefined}>
      {children}
    </p>
  );
}
