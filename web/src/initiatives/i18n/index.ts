// The initiatives area's strings, in their own i18next namespace "initiatives",
// added to the app's i18next instance when this area's code is first imported
// (the same way as the One Stop Shop's "oss"). Keys are asked for with the
// namespace spelled out — t("initiatives:report.title") — and
// initiatives/i18n/i18n.test.ts checks them.
import i18n from "../../app/i18n";
import en from "./en.json";
import sq from "./sq.json";

export const INITIATIVES_NAMESPACE = "initiatives";

for (const [language, bundle] of [["sq", sq], ["en", en]] as const) {
  if (!i18n.hasResourceBundle(language, INITIATIVES_NAMESPACE)) i18n.addResourceBundle(language, INITIATIVES_NAMESPACE, bundle, true, false);
}

export default i18n;
