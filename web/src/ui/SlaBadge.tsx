import type { SlaState } from "../gql/graphql";

/** The mark beside an SLA state's word (the one deadline engine's states); it only repeats the word. */
const SLA_MARK: Record<SlaState, string> = { ON_TRACK: "✓", AT_RISK: "!", BREACHED: "✕", MET: "✓", MISSED: "✕" };

/**
 * An SLA state as a word, with its mark and its colour (`<className>--<state>`): the One Stop Shop's queue,
 * the register of document requests and /ndiq each pass their own wording for the state.
 */
export function SlaStateBadge({ state, label, className, testId }: { state: SlaState; label: string; className: string; testId?: string }) {
  return (
    <span className={`badge ${className} ${className}--${state.toLowerCase()}`} data-testid={testId}>
      <span aria-hidden="true">{SLA_MARK[state] ?? ""} </span>
      {label}
    </span>
  );
}
