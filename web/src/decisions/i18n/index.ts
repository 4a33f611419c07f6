// The register of decisions' strings, in their own i18next namespace "decisions", added to the app's i18next
// instance when this area's code is first imported. Keys are asked for as t("decisions:register.heading").
import i18n from "../../app/i18n";
import en from "./en.json";
import sq from "./sq.json";

export const DECISIONS_NAMESPACE = "decisions";

for (const [language, bundle] of [["sq", sq], ["en", en]] as const) {
  if (!i18n.hasResourceBundle(language, DECISIONS_NAMESPACE)) i18n.addResourceBundle(language, DECISIONS_NAMESPACE, bundle, true, false);
}

export default i18n;
