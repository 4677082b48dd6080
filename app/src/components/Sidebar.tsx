/**
 * The ticket_sidebar app: loads when the agent opens it, shows the ticket's insights or why there are none, and
 * stays live while the server works on the ticket (hooks/use-insights.ts).
 */
import { useLayoutEffect, useRef } from 'react';
import { clearFirstView } from '../first-view';
import { FIRST_RENDER_MARK, INTERACTIVE_MARK, markOnce } from '../render-marks';
import { useAutoResize } from '../hooks/use-auto-resize';
import { useInsights } from '../hooks/use-insights';
import { useSidebar } from '../hooks/use-sidebar';
import { ErrorState, LoadingState } from './States';
import { Insights } from './Insights';

export function Sidebar({ now = Date.now }: { now?: () => number }) {
  const port = useSidebar();
  const insights = useInsights(port, now);
  const root = useRef<HTMLElement>(null);
  const { state } = insights;

  // At the commit that shows data (before layout and paint): the cards replace boot.js's first view, if it painted
  // one (then that was the first render with data; a minimal app's "one line written" is compared with it).
  // Declared first, so it runs before the other layout effects.
  const marked = useRef(false);
  useLayoutEffect(() => {
    if (state.phase !== 'ready' || marked.current) return;
    marked.current = true;
    clearFirstView();
    markOnce(FIRST_RENDER_MARK);
    markOnce(INTERACTIVE_MARK);
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
