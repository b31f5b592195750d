import { useId, useRef, useState } from 'react';

/**
 * A toolbar of buttons that each open one panel, one panel at a time: a button toggles its panel, and closing a panel
 * (with an optional success notice) gives focus back to the button that opened it.
 */
export const useToolPanels = <Mode extends string>() => {
  const [mode, setMode] = useState<Mode | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const panelId = useId();
  const buttons = useRef<Partial<Record<Mode, HTMLButtonElement | null>>>({});

  const open = (next: Mode) => {
    setNotice(null);
    setMode((current) => (current === next ? null : next));
  };
  const close = (message?: string) => {
    const opener = mode;
    setMode(null);
    setNotice(message ?? null);
    if (opener) buttons.current[opener]?.focus();
  };

  const toolButton = (target: Mode, label: string, className = 'button') => (
    <button
      type="button"
      className={className}
      ref={(element) => {
        buttons.current[target] = element;
      }}
      aria-expanded={mode === target}
      aria-controls={mode === target ? panelId : undefined}
      onClick={() => open(target)}
    >
      {label}
    </button>
  );

  return { mode, notice, panelId, close, toolButton };
};
