/**
 * The lifecycle scenarios of issue 11 on the manual clock (devkit/bench/scenarios/): bursts of 1,000 and 2,000
 * tickets, a Freshdesk outage per fault kind, handlers killed at every step, and racing deliveries.
 */
import { measureBurst, type BurstResult } from './scenarios/burst';
import { measureKills, type KillResult } from './scenarios/kill';
import { measureOutage, type OutageResult } from './scenarios/outage';
import { measureRaces, type RaceResult } from './scenarios/race';

export interface ScenarioResults {
  burst1000: BurstResult;
  burst2000: BurstResult;
  outage: OutageResult;
  kills: KillResult;
  races: RaceResult;
}

export async function measureScenarios(): Promise<ScenarioResults> {
  return {
    burst1000: await measureBurst({ tickets: 1000 }),
    burst2000: await measureBurst({ tickets: 2000 }),
    outage: await measureOutage(),
    kills: await measureKills(),
    races: await measureRaces(),
  };
}

/** One line per case that missed its bar, for the table's readers. */
export function scenarioDetails(s: ScenarioResults): string[] {
  const burst = (b: BurstResult) =>
    `burst of ${b.tickets}: ${b.finished} finished, ${b.lost} lost, ${b.duplicateNotes} with duplicate notes, ${b.drained ? `drained in ${b.drainMinutes} min` : `not drained after ${b.drainMinutes} min`} (needed ${b.neededMinutes} min), ${(b.wallMs / 1000).toFixed(1)} s wall`;
  return [
    burst(s.burst1000),
    burst(s.burst2000),
    ...s.outage.cases.filter((c) => c.converged < c.tickets).map((c) => `outage, ${c.fault}: ${c.converged}/${c.tickets} tickets converged`),
    ...s.kills.cases.filter((c) => !c.killed || !c.resumed).map((c) => `kill, ${c.kind} ${c.step === 0 ? 'before its first request' : `after request ${c.step} (${c.template})`}: ${c.killed ? 'not resumed' : 'no run reached it'}`),
    ...s.races.tickets
      .filter((t) => t.duplicateNotes > 0 || t.lostTags.length > 0)
      .map((t) => `race, ${t.mode} ${t.order.join('→')}: ${t.duplicateNotes} duplicate notes, lost ${t.lostTags.join(', ') || 'no tag'}`),
  ];
}
