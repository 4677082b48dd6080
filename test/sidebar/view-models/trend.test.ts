/**
 * The customer's trend, the right way round (docs/simpli.md "Sentiment: customer history and trend": the service's word
 * is inverted).
 */
import { customerDirection, directionOf } from '../../../app/src/view-models/trend';
import { history } from '../support/fixtures';

describe('directionOf', () => {
  it('calls a drop in the latest score "declining" (the service says "improving")', () => {
    expect(directionOf([0.56, -0.85])).toBe('declining');
  });

  it('calls a rise "improving", a small change "stable", one score "unknown"', () => {
    expect(directionOf([-0.8, -0.5, 0.4])).toBe('improving');
    expect(directionOf([0.1, 0.15, 0.12])).toBe('stable');
    expect(directionOf([0.3])).toBe('unknown');
  });

  it('uses the last three scores only', () => {
    // mean(−0.9, 0.2, 0.2) = −0.17 < 0.2 − 0.1 ⇒ improving; an older −1 must not count.
    expect(directionOf([-1, -1, -0.9, 0.2, 0.2])).toBe('improving');
  });
});

describe('customerDirection', () => {
  it('computes from the timeline when the page holds the whole history', () => {
    expect(customerDirection(history([0.56, -0.85], 'improving'), 100)).toBe('declining');
  });

  it('flips the service word when the page may not hold the latest scores', () => {
    const full = history(Array.from({ length: 100 }, () => 0.5), 'improving');
    expect(customerDirection(full, 100)).toBe('declining');
    expect(customerDirection({ ...full, serviceTrend: 'declining' }, 100)).toBe('improving');
    expect(customerDirection({ ...full, serviceTrend: 'stable' }, 100)).toBe('stable');
    expect(customerDirection({ ...full, serviceTrend: 'sideways' }, 100)).toBe('unknown');
  });
});
