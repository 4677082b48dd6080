/**
 * Keeps the sidebar frame as tall as its content, up to the platform's 700 px (docs/platform.md
 * "Front end: bootstrapping and the frame"; the port clamps). Resizing is an instance call: no platform operation
 * is spent.
 */
import { useLayoutEffect, type RefObject } from 'react';
import type { SidebarPort } from '../port';

export function useAutoResize(port: SidebarPort, ref: RefObject<HTMLElement | null>, enabled = true): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !enabled) return undefined;
    let last = 0;
    const measure = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height > 0 && height !== last) {
        last = height;
        port.resize(height);
      }
    };
    // A browser's ResizeObserver reports the first size after its own layout (measuring here would force one
    // before the data is shown) and every change after (a loaded history, an edit box). jsdom has none.
    if (typeof ResizeObserver === 'undefined') {
      measure();
      return undefined;
    }
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [port, ref, enabled]);
}
