import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { currentPeriod, isPeriod, periodLabel, recentPeriods } from "./period";

/**
 * The half-year a page shows, kept in the address (`?periudha=2026-H1`): the
 * current one unless another (not in the future) is asked for; the current one
 * leaves the address clean.
 */
export function usePeriodParam() {
  const [params, setParams] = useSearchParams();
  const now = currentPeriod();
  const choices = recentPeriods(4, now);
  const asked = params.get("periudha");
  const period = isPeriod(asked) && asked <= now ? asked : now;
  const choose = (next: string) => setParams(next === now ? {} : { periudha: next }, { replace: true });
  return { period, now, choices, choose };
}

type Props = ReturnType<typeof usePeriodParam> & {
  id: string;
  className: string;
  label: string;
  /** Added to the current half-year's option, e.g. "current". */
  currentLabel: string;
};

/** The half-year picker: the last four half-years, and the one in the address if it is older. */
export function PeriodPicker({ id, className, label, currentLabel, period, now, choices, choose }: Props) {
  const { i18n } = useTranslation();
  return (
    <form className={className} onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <select id={id} value={period} onChange={(e) => choose(e.target.value)}>
          {(choices.includes(period) ? choices : [period, ...choices]).map((p) => (
            <option key={p} value={p}>
              {periodLabel(p, i18n.language)}
              {p === now ? ` (${currentLabel})` : ""}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
