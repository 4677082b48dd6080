/**
 * The Crayons components the sidebar uses, imported one by one through Crayons' React wrappers: each wrapper
 * registers only its own custom element (and its dependencies) from `dist/components`, so the bundle carries
 * these three instead of the whole library. The lazy loader (`defineCustomElements` from
 * `@freshworks/crayons/loader`) is not used: it fetches chunks that group fw-button with four other components
 * and fw-textarea with the date picker (≈ 385 KB), which is larger than importing the three directly. FwSelect
 * pulls in about 1.6 MB (its list, tag, avatar and locale machinery) and FwTextarea ≈ 9 KB more than the
 * sidebar's 250 KB budget allows beside React (issue 7), so the pickers and the draft editor are native
 * elements styled with Crayons' tokens (styles/sidebar.css). The wrappers are typed `any`; these props
 * are the subset of Crayons 4 the sidebar uses (dist/types/components.d.ts).
 */
import type { ComponentType, ReactNode } from 'react';
import { FwButton } from '@freshworks/crayons/react/FwButton.js';
import { FwLabel } from '@freshworks/crayons/react/FwLabel.js';
import { FwSpinner } from '@freshworks/crayons/react/FwSpinner.js';
import type { Tone } from '../view-models/processing';

interface Common {
  className?: string;
  id?: string;
  'data-action'?: string;
}

export interface ButtonProps extends Common {
  color?: 'primary' | 'secondary' | 'danger' | 'link' | 'text';
  size?: 'normal' | 'small';
  disabled?: boolean;
  loading?: boolean;
  onFwClick?: () => void;
  children?: ReactNode;
}

export interface LabelProps extends Common {
  value: string;
  color?: 'blue' | 'red' | 'green' | 'yellow' | 'grey' | 'normal';
}

export interface SpinnerProps extends Common {
  size?: 'micro' | 'small' | 'medium' | 'large';
}


export const Button = FwButton as unknown as ComponentType<ButtonProps>;
export const Label = FwLabel as unknown as ComponentType<LabelProps>;
export const Spinner = FwSpinner as unknown as ComponentType<SpinnerProps>;

const LABEL_COLORS: Readonly<Record<Tone, LabelProps['color']>> = {
  success: 'green',
  info: 'blue',
  warning: 'yellow',
  danger: 'red',
  neutral: 'grey',
};

/** A status label in the tone's Crayons colour. */
export function ToneLabel({ tone, value }: { tone: Tone; value: string }) {
  return <Label className="sb-label" color={LABEL_COLORS[tone]} value={value} />;
}
