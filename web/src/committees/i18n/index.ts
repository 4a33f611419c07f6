// The committees' pages' strings, in their own i18next namespace "committees", added to the
// app's i18next instance when this area's code is first imported. Keys are asked for as
// t("committees:list.title"); committees/i18n/i18n.test.ts checks them.
import i18n from "../../app/i18n";
import en from "./en.json";
import sq from "./sq.json";

export const COMMITTEES_NAMESPACE = "committees";

for (const [language, bundle] of [
  ["sq", sq],
  ["en", en],
] as const) {
  if (!i18n.hasResourceBundle(language, COMMITTEES_NAMESPACE)) i18n.addResourceBundle(language, COMMITTEES_NAMESPACE, bundle, true, false);
}

export default i18n;
