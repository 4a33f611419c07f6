// The e-mail alerts' strings, in their own i18next namespace "alerts", added when this area's code is
// first imported. Keys are asked for as t("alerts:signup.title"); alerts/i18n/i18n.test.ts checks them.
import i18n from "../../app/i18n";
import en from "./en.json";
import sq from "./sq.json";

export const ALERTS_NAMESPACE = "alerts";

for (const [language, bundle] of [["sq", sq], ["en", en]] as const) {
  if (!i18n.hasResourceBundle(language, ALERTS_NAMESPACE)) i18n.addResourceBundle(language, ALERTS_NAMESPACE, bundle, true, false);
}

export default i18n;
