/** Edge handles: data enters on the left and leaves on the right; grid nodes also on top ("t") and bottom ("b"). */
import { Handle, Position } from "@xyflow/react";

export function Ports({ vertical = false }: { readonly vertical?: boolean }) {
  return (
    <>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <Handle type="source" position={Position.Right} isConnectable={false} />
      {vertical && <Handle type="target" id="t" position={Position.Top} isConnectable={false} />}
      {vertical && <Handle type="source" id="b" position={Position.Bottom} isConnectable={false} />}
    </>
  );
}
