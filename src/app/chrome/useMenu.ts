/**
 * A drop-down menu's open state and keyboard: it closes on a click outside or Escape (focus back on its
 * button); opened from the keyboard, focus moves to the first item, and the arrow keys, Home and End
 * move between items (WAI-ARIA menu button pattern).
 */
import { useEffect, useRef, useState, type KeyboardEvent } from "react";

const ITEMS = '[role="menuitem"]:not(:disabled)';

export function useMenu() {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  /** Whether the menu was opened from the keyboard (then its first item takes the focus). */
  const byKey = useRef(false);
  const items = () => [...(box.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])];
  const button = () => box.current?.querySelector<HTMLElement>('[aria-haspopup="menu"]');
  useEffect(() => {
    if (!open) return;
    if (byKey.current) items()[0]?.focus();
    byKey.current = false;
    const onDown = (e: PointerEvent) => { if (!box.current?.contains(e.target as Node)) setOpen(false); };
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== "Escape") return;
      const inside = box.current?.contains(document.activeElement);
      setOpen(false);
      if (inside) button()?.focus();
    };
    document.addEventListener("pointerdown", onDown);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onDown);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);
  /** Keys on the menu button: Enter/Space/ArrowDown open the menu with its first item focused. */
  const onButtonKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === "ArrowDown" || ((e.key === "Enter" || e.key === " ") && !open)) {
      e.preventDefault();
      if (open) items()[0]?.focus();
      else { byKey.current = true; setOpen(true); }
    }
  };
  /** Keys inside the open menu: arrows, Home and End move between items; Tab closes it. */
  const onMenuKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    let to = -1;
    if (e.key === "ArrowDown") to = (at + 1) % list.length;
    else if (e.key === "ArrowUp") to = (at - 1 + list.length) % list.length;
    else if (e.key === "Home") to = 0;
    else if (e.key === "End") to = list.length - 1;
    else if (e.key === "Tab") setOpen(false);
    if (to >= 0 && list.length > 0) {
      e.preventDefault();
      list[to]!.focus();
    }
  };
  return { open, setOpen, box, onButtonKeyDown, onMenuKeyDown };
}
