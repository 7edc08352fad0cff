/** The gallery: the designs in /examples/ (from the generated index.json), in sections. */
import { useMenu } from "./useMenu";
import { groupGallery } from "../gallery";
import { TUTORIAL_FILE } from "../tutorial/tutorial";
import { useCommands, useGallery, useSelectedExample } from "../store/hooks";

export function GalleryMenu() {
  const gallery = useGallery();
  const selected = useSelectedExample();
  const commands = useCommands();
  const { open, setOpen, box, onButtonKeyDown, onMenuKeyDown } = useMenu();

  return (
    <div className="menu" ref={box}>
      <button type="button" className="btn" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)} onKeyDown={onButtonKeyDown}>
        Gallery ▾
      </button>
      {open && (
        <div className="menu-popup menu-popup-wide" role="menu" aria-label="Gallery designs" onKeyDown={onMenuKeyDown}>
          <button
            type="button" role="menuitem" className={`menu-item${selected === TUTORIAL_FILE ? " is-selected" : ""}`}
            onClick={() => { setOpen(false); commands.openTutorial(); }}
          >
            <span className="menu-item-name">Tutorial</span>
            <span className="menu-item-desc">Schedule a matrix multiply step by step: reorder, buffer_at, pipeline, partition</span>
          </button>
          {gallery.status === "loading" && <p className="menu-note">Loading…</p>}
          {gallery.status === "failed" && <p className="menu-note">The gallery could not be loaded ({gallery.error}).</p>}
          {gallery.status === "ready" && gallery.entries.length === 0 && <p className="menu-note">No designs in the gallery yet.</p>}
          {gallery.status === "ready" && groupGallery(gallery.entries).map(({ group, entries }) => (
            <div key={group} role="group" aria-label={group} className="menu-group">
              <p className="menu-group-title" aria-hidden="true">{group}</p>
              {entries.map((e) => (
                <button
                  key={e.file} type="button" role="menuitem" className={`menu-item${e.file === selected ? " is-selected" : ""}`}
                  onClick={() => { setOpen(false); void commands.openExample(e.file); }}
                >
                  <span className="menu-item-name">{e.name}</span>
                  <span className="menu-item-desc">{e.description}</span>
                </button>
              ))}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
