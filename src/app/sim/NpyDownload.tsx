/** Downloads one tensor's .npy bytes (encoded in the worker by the compiler's .npy writer). */

interface NpyDownloadProps {
  readonly bytes: Uint8Array | undefined;
  /** Why there are no bytes (the writer's message). */
  readonly error: string | undefined;
  readonly fileName: string;
}

export function NpyDownload({ bytes, error, fileName }: NpyDownloadProps) {
  const download = () => {
    if (!bytes) return;
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: "application/octet-stream" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const title = bytes ? `Download ${fileName}` : `No .npy: ${error ?? "not encoded"}`;
  return (
    <button type="button" className="btn-small" onClick={download} disabled={!bytes} title={title} aria-label={`Download ${fileName}`}>
      .npy
    </button>
  );
}
