// The councillors' pages' strings, in their own i18next namespace "councillors", added to the app's
// i18next instance when this area's code is first imported. Keys are asked for with the namespace
// spelled out — t("councillors:list.title") — and councillors/i18n/i18n.test.ts checks them.
import i18n from "../../app/i18n";
import en from "./en.json";
import sq from "./sq.json";

export const COUNCILLORS_NAMESPACE = "councillors";

for (const [language, bundle] of [["sq", sq], ["en", en]] as const) {
  if (!i18n.hasResourceBundle(language, COUNCILLORS_NAMESPACE)) i18n.addResourceBundle(language, COUNCILLORS_NAMESPACE, bundle, true, false);
}

export default i18n;
