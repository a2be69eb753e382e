/**
 * The lane grid behind the nodes: alternating channel bands and stage column lines. It sits
 * under React Flow's (transparent) pane and follows the viewport transform.
 */
import { useStore as useFlowStore } from '@xyflow/react';
import { memo } from 'react';
import { selectLayout } from '../store/selectors';
import { useEditor } from '../store/useEditor';

export const LaneBackground = memo(function LaneBackground() {
  const [x, y, k] = useFlowStore((s) => s.transform);
  const layout = useEditor(selectLayout);
  return (
    <div className="lane-bg" aria-hidden>
      <div className="lane-bg-inner" style={{ transform: `translate(${x}px, ${y}px) scale(${k})` }}>
        {layout.lanes.map((lane, i) => (
          <div
            key={lane.id}
            className={`lane-band${i % 2 ? ' is-odd' : ''}`}
            style={{ left: 0, top: lane.y, width: layout.width, height: lane.height }}
          />
        ))}
        {layout.columns.map((col) => (
          <div key={col.id} className="lane-col-line" style={{ left: col.x, top: 0, height: layout.height }} />
        ))}
        <div className="lane-col-line" style={{ left: layout.width, top: 0, height: layout.height }} />
      </div>
    </div>
  );
});
