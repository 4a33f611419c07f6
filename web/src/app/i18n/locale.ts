/** The BCP 47 locale used for dates and numbers in each interface language. */
export function localeOf(language: string): string {
  return language === "en" ? "en-GB" : "sq-AL";
}
