/**
 * The benchmark's baseline: bare React Flow with default nodes — the same N touchpoints at the
 * same positions, N−1 edges, React Flow's defaults otherwise (no culling, nodes measured by the
 * DOM) — built by the app's own Vite config. Nodes come from memory, not from IndexedDB.
 * `?n=<count>&w=<px>&h=<px>`: the size of the map and of the canvas (the app's canvas size).
 */
import { ReactFlow, ReactFlowProvider, useEdgesState, useNodesState, useReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { positionsOf, touchpointId, touchpointTitle } from './journeyGen';
import type { BenchWindow } from './pageApi';

const params = new URLSearchParams(location.search);
const n = Number(params.get('n') ?? 100);
const width = Number(params.get('w') ?? window.innerWidth);
const height = Number(params.get('h') ?? window.innerHeight);

const positions = positionsOf(n);
const initialNodes: Node[] = Array.from({ length: n }, (_, i) => ({
  id: touchpointId(i),
  position: positions.get(touchpointId(i))!,
  data: { label: touchpointTitle(i) },
}));
const initialEdges: Edge[] = Array.from({ length: n - 1 }, (_, i) => ({
  id: `e${i + 1}`,
  source: touchpointId(i),
  target: touchpointId(i + 1),
}));

function Flow() {
  const [nodes, setNodes, onNodesChange] = useNodesState(initialNodes);
  const [edges, , onEdgesChange] = useEdgesState(initialEdges);
  const flow = useReactFlow();
  useEffect(() => {
    (window as unknown as BenchWindow).__benchFlow = {
      setViewport: (v) => void flow.setViewport(v),
      getViewport: () => flow.getViewport(),
      select: (ids) => {
        const want = new Set(ids);
        setNodes((list) => list.map((node) => (want.has(node.id) === Boolean(node.selected) ? node : { ...node, selected: want.has(node.id) })));
      },
    };
  }, [flow, setNodes]);
  return (
    <div style={{ width, height }}>
      <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} fitView minZoom={0.05} maxZoom={2.5} />
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <ReactFlowProvider>
    <Flow />
  </ReactFlowProvider>,
);
