/** The page follows the document's theme: the CSS variables (data-theme) and native controls (color-scheme). */
import { useEffect } from "react";
import type { Theme } from "./document";

export function useDocumentTheme(theme: Theme): void {
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);
}
