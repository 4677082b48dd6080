/** The store's state for a component, re-rendered on every change. */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { SettingsState, SettingsStore } from '../store';

export const StoreContext = createContext<SettingsStore | undefined>(undefined);

export function useStore(): SettingsStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('The settings page needs a StoreContext');
  return store;
}

export function useSettings(): SettingsState {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, store.getState);
}
