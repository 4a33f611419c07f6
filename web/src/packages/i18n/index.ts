// Meeting packages' strings [paketa e mbledhjes], in their own i18next namespace "packages",
// added to the app's instance when this area's code is first imported. Keys are asked for
// with the namespace spelled out — t("packages:kind.DRAFT_ACT") — and i18n.test.ts checks them.
import i18n from "../../app/i18n";
import en from "./en.json";
import sq from "./sq.json";

export const PACKAGES_NAMESPACE = "packages";

for (const [language, bundle] of [["sq", sq], ["en", en]] as const) {
  if (!i18n.hasResourceBundle(language, PACKAGES_NAMESPACE)) i18n.addResourceBundle(language, PACKAGES_NAMESPACE, bundle, true, false);
}

export default i18n;
