import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";

export type ConsoleTab = { id: string; label: string; content: ReactNode };

/**
 * Tabs for the console's secondary panels (ARIA tabs: arrows, Home and End
 * move between them). Every panel stays mounted, hidden when not chosen, so a
 * half-filled form survives a look at another tab.
 */
export function ConsoleTabs({ tabs, label, initial }: { tabs: readonly ConsoleTab[]; label: string; initial?: string }) {
  const baseId = useId();
  const [chosen, setChosen] = useState(initial ?? tabs[0]?.id);
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const selected = tabs.some((tab) => tab.id === chosen) ? chosen : tabs[0]?.id;

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    let target: number | null = null;
    if (event.key === "ArrowRight") target = (index + 1) % tabs.length;
    else if (event.key === "ArrowLeft") target = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === "Home") target = 0;
    else if (event.key === "End") target = tabs.length - 1;
    if (target === null) return;
    event.preventDefault();
    const tab = tabs[target]!;
    setChosen(tab.id);
    refs.current[tab.id]?.focus();
  }

  return (
    <div className="console-tabs">
      <div role="tablist" aria-label={label} className="console-tabs__list">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(el) => {
              refs.current[tab.id] = el;
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${tab.id}`}
            aria-controls={`${baseId}-panel-${tab.id}`}
            aria-selected={tab.id === selected}
            tabIndex={tab.id === selected ? 0 : -1}
            className="console-tabs__tab"
            onClick={() => setChosen(tab.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${baseId}-panel-${tab.id}`}
          aria-labelledby={`${baseId}-tab-${tab.id}`}
          hidden={tab.id !== selected}
          className="console-tabs__panel"
          tabIndex={0}
        >
          {tab.content}
        </div>
      ))}
    </div>
  );
}
