/** The top bar: name, gallery, ONNX import, share, tour, export, theme. */
import { ExportButtons } from "./ExportButtons";
import { GalleryMenu } from "./GalleryMenu";
import { ImportModel } from "./ImportModel";
import { ShareButton } from "./ShareButton";
import { ThemeToggle } from "./ThemeToggle";
import { TourButton } from "../tour/TourButton";

export function Header() {
  return (
    <header className="topbar">
      <h1 className="brand">Allo Studio</h1>
      <GalleryMenu />
      <ImportModel />
      <ShareButton />
      <TourButton />
      <span className="spacer" />
      <ExportButtons />
      <ThemeToggle />
    </header>
  );
}
