import { DRAFT_STYLES, type DraftStyle } from '../../contracts/settings-table';

export function isDraftStyle(value: unknown): value is DraftStyle {
  return typeof value === 'string' && (DRAFT_STYLES as readonly string[]).includes(value);
}

export function draftStyleProblem(value: string): string | undefined {
  return isDraftStyle(value) ? undefined : `Choose one of: ${DRAFT_STYLES.join(', ')}`;
}
