/** Rendering in jsdom without a testing library: createRoot inside act(), and a few DOM helpers. */
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';

export interface Rendered {
  container: HTMLElement;
  unmount(): void;
}

const mounted: Array<{ root: Root; container: HTMLElement }> = [];

export async function render(ui: ReactElement): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  mounted.push({ root, container });
  await act(async () => root.render(ui));
  await settle();
  return { container, unmount: () => act(() => root.unmount()) };
}

/** Lets pending promises and the renders they cause finish. */
export async function settle(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i += 1) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

export function cleanup(): void {
  for (const { root, container } of mounted.splice(0)) {
    act(() => root.unmount());
    container.remove();
  }
}

export function byAction(container: HTMLElement, action: string): HTMLButtonElement {
  const el = container.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
  if (!el) throw new Error(`no element with data-action="${action}"`);
  return el;
}

export async function click(el: HTMLElement): Promise<void> {
  await act(async () => el.click());
  await settle();
}

export async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await act(async () => {
    // React tracks the value through the native setter; set it the way a browser would, then fire change.
    const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set;
    setter?.call(select, value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export async function type(area: HTMLTextAreaElement, value: string): Promise<void> {
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    setter?.call(area, value);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export const section = (container: HTMLElement, name: string): HTMLElement => {
  const el = container.querySelector<HTMLElement>(`[data-section="${name}"]`);
  if (!el) throw new Error(`no section ${name}`);
  return el;
};

export const textOf = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
