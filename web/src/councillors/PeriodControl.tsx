import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { isDay, matchingPreset, presets, rangeFrom, tiranaToday, type Preset } from "./model";

/** The period a page shows, kept in the address (?nga=2026-07-01&deri=2026-12-31); this half-year by default. */
export function usePeriodRange() {
  const [params, setParams] = useSearchParams();
  const today = tiranaToday();
  const range = rangeFrom(params, today);
  const choose = (nga: string, deri: string) => {
    const next = new URLSearchParams(params);
    next.set("nga", nga);
    next.set("deri", deri);
    setParams(next, { replace: false });
  };
  return { range, today, choose };
}

export function presetLabel(p: Preset, t: (key: string, o?: Record<string, unknown>) => string): string {
  if (p.half === 1) return t("councillors:period.firstHalf", { year: p.year });
  if (p.half === 2) return t("councillors:period.secondHalf", { year: p.year });
  return t("councillors:period.year", { year: p.year });
}

/** Presets ("2026 gjysma e dytë", …) and two date fields for any other period. */
export function PeriodControl({ range, today, choose }: ReturnType<typeof usePeriodRange>) {
  const { t } = useTranslation();
  const [nga, setNga] = useState(range.nga);
  const [deri, setDeri] = useState(range.deri);
  const [invalid, setInvalid] = useState(false);
  const current = matchingPreset(range, today);
  return (
    <form
      className="period-control"
      aria-label={t("councillors:period.label")}
      onSubmit={(e) => {
        e.preventDefault();
        if (!isDay(nga) || !isDay(deri) || nga > deri) return setInvalid(true);
        setInvalid(false);
        choose(nga, deri);
      }}
    >
      <div className="field">
        <label htmlFor="period-preset">{t("councillors:period.preset")}</label>
        <select
          id="period-preset"
          value={current?.key ?? "other"}
          onChange={(e) => {
            const p = presets(today).find((x) => x.key === e.target.value);
            if (!p) return;
            setNga(p.nga);
            setDeri(p.deri);
            setInvalid(false);
            choose(p.nga, p.deri);
          }}
        >
          {presets(today).map((p) => (
            <option key={p.key} value={p.key}>
              {presetLabel(p, t)}
            </option>
          ))}
          {!current && <option value="other">{t("councillors:period.other")}</option>}
        </select>
      </div>
      <div className="field">
        <label htmlFor="period-from">{t("councillors:period.from")}</label>
        <input id="period-from" type="date" value={nga} onChange={(e) => setNga(e.target.value)} aria-describedby={invalid ? "period-error" : undefined} />
      </div>
      <div className="field">
        <label htmlFor="period-to">{t("councillors:period.to")}</label>
        <input id="period-to" type="date" value={deri} onChange={(e) => setDeri(e.target.value)} aria-describedby={invalid ? "period-error" : undefined} />
      </div>
      <button type="submit" className="button button--small">
        {t("councillors:period.show")}
      </button>
      {invalid && (
        <p className="error-message" role="alert" id="period-error">
          {t("councillors:period.invalid")}
        </p>
      )}
    </form>
  );
}
