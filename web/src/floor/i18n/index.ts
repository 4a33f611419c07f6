// The floor's strings [fjala: lista e folësve, ekrani i sallës], in their own
// i18next namespace "floor", added to the app's i18next instance when this
// area's code is first imported. Keys are asked for with the namespace spelled
// out — t("floor:kind.CONTRIBUTION") — and floor/i18n/i18n.test.ts checks them.
import i18n from "../../app/i18n";
import en from "./en.json";
import sq from "./sq.json";

export const FLOOR_NAMESPACE = "floor";

for (const [language, bundle] of [["sq", sq], ["en", en]] as const) {
  if (!i18n.hasResourceBundle(language, FLOOR_NAMESPACE)) i18n.addResourceBundle(language, FLOOR_NAMESPACE, bundle, true, false);
}

export default i18n;
