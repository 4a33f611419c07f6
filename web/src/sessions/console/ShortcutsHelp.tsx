import { useId } from "react";
import { useTranslation } from "react-i18next";
import "../../floor/i18n";
import { Heading } from "../../ui/Heading";

/** The console's keys, always on screen. They work when no field has the focus, without Ctrl, Alt, Shift or ⌘. */
export function ShortcutsHelp() {
  const { t } = useTranslation();
  const headingId = useId();
  const keys = [
    ["N", t("floor:console.keyNext")],
    ["E", t("floor:console.keyEnd")],
    ["A", t("floor:console.keyAdd")],
  ] as const;
  return (
    <section className="shortcuts-help" aria-labelledby={headingId}>
      <Heading id={headingId} className="shortcuts-help__heading">
        {t("floor:console.shortcuts")}
      </Heading>
      <dl className="shortcuts-help__keys">
        {keys.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <p className="shortcuts-help__note">{t("floor:console.shortcutsNote")}</p>
    </section>
  );
}
