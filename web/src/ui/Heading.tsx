import { createContext, useContext, type HTMLAttributes, type ReactNode } from "react";

// Panels are shown at different depths (the dashboard's sections are h2, the
// console's are h3 under the session's h2); they ask the context where they are
// so heading levels always go in order.
const LevelContext = createContext(2);

export function HeadingLevel({ base, children }: { base: number; children: ReactNode }) {
  return <LevelContext.Provider value={base}>{children}</LevelContext.Provider>;
}

type Props = HTMLAttributes<HTMLHeadingElement> & { offset?: number };

export function Heading({ offset = 0, ...props }: Props) {
  const level = Math.min(6, Math.max(1, useContext(LevelContext) + offset));
  const Tag = `h${level}` as "h2";
  return <Tag {...props} />;
}
