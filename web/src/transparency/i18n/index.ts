// The transparency pages' strings (scorecard, calendar), in their own i18next
// namespace "transparency", added when this area's code is first imported.
// Keys are asked for as t("transparency:scorecard.title");
// transparency/i18n/i18n.test.ts checks them.
import i18n from "../../app/i18n";
import en from "./en.json";
import sq from "./sq.json";

export const TRANSPARENCY_NAMESPACE = "transparency";

for (const [language, bundle] of [["sq", sq], ["en", en]] as const) {
  if (!i18n.hasResourceBundle(language, TRANSPARENCY_NAMESPACE)) i18n.addResourceBundle(language, TRANSPARENCY_NAMESPACE, bundle, true, false);
}

export default i18n;
