/** Edge handles: data enters on the left and leaves on the right. */
import { Handle, Position } from "@xyflow/react";

export function Ports() {
  return (
    <>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </>
  );
}
