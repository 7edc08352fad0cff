/** Node component per architecture node kind (a module-level constant, as React Flow requires). */
import type { NodeTypes } from "@xyflow/react";
import { BufferNode } from "./nodes/BufferNode";
import { FifoNode } from "./nodes/FifoNode";
import { KernelNode } from "./nodes/KernelNode";
import { MemoryNode } from "./nodes/MemoryNode";
import { PeGridNode } from "./nodes/PeGridNode";
import { PeNode } from "./nodes/PeNode";

export const NODE_TYPES: NodeTypes = {
  memory: MemoryNode,
  port: MemoryNode,
  kernel: KernelNode,
  buffer: BufferNode,
  pe: PeNode,
  fifo: FifoNode,
  pegrid: PeGridNode,
};
