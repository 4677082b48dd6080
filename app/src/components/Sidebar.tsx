/**
 * The ticket_sidebar app: loads when the agent opens it, shows the ticket's insights or why there are none, and
 * stays live while the server works on the ticket (hooks/use-insights.ts).
 */
import { useLayoutEffect, useRef } from 'react';
import { useAutoResize } from '../hooks/use-auto-resize';
import { useInsights } from '../hooks/use-insights';
import { useSidebar } from '../hooks/use-sidebar';
import { ErrorState, LoadingState } from './States';
import { Insights } from './Insights';

/** The bench and the browser tests read this mark: page load → first render with data. */
export const FIRST_RENDER_MARK = 'simpli:first-render';

export function Sidebar({ now = Date.now }: { now?: () => number }) {
  const port = useSidebar();
  const insights = useInsights(port, now);
  const root = useRef<HTMLElement>(null);
  const { state } = insights;

  // At the commit that shows data (before layout and paint): what a minimal app's "one line written" is compared
  // with. Declared first, so it runs before the other layout effects.
  const marked = useRef(false);
  useLayoutEffect(() => {
    if (state.phase !== 'ready' || marked.current) return;
    marked.current = true;
    if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(FIRST_RENDER_MARK);
  }, [state.phase]);

  // The frame is sized once there is data: resizing the loading state would only compete with the data calls.
  useAutoResize(port, root, state.phase !== 'loading');

  return (
    <main ref={root} className="sb" data-state={state.phase} data-live={insights.live}>
      {state.phase === 'loading' && <LoadingState />}
      {state.phase === 'error' && <ErrorState words={state.message} onRetry={() => void insights.refresh()} />}
      {state.phase === 'ready' && (
        <Insights
          port={port}
          data={state.data}
          now={now()}
          retrying={insights.retrying}
          refreshing={insights.refreshing}
          live={insights.live}
          onRetry={() => void insights.retry()}
          onRefresh={() => void insights.refresh()}
          onDraft={insights.showDraft}
        />
      )}
    </main>
  );
}
