/**
 * The lane grid behind the nodes: alternating channel bands and stage column lines. It sits
 * under React Flow's (transparent) pane and follows the viewport transform — written straight to
 * the style on each viewport change, so panning costs no React render.
 */
import { useStoreApi } from '@xyflow/react';
import { memo, useLayoutEffect, useRef } from 'react';
import { crispTransform } from './crispViewport';
import { selectLayout } from '../store/selectors';
import { useEditor } from '../store/useEditor';

export const LaneBackground = memo(function LaneBackground() {
  const flowStore = useStoreApi();
  const inner = useRef<HTMLDivElement>(null);
  const layout = useEditor(selectLayout);
  useLayoutEffect(() => {
    let last: unknown = null;
    const follow = ({ transform }: { transform: readonly [number, number, number] }) => {
      if (transform === last || !inner.current) return;
      last = transform;
      // On the same whole pixels as the flow's content (see crispViewport.ts).
      inner.current.style.transform = crispTransform(transform);
    };
    follow(flowStore.getState());
    return flowStore.subscribe(follow);
  }, [flowStore]);
  return (
    <div className="lane-bg" aria-hidden>
      <div className="lane-bg-inner" ref={inner}>
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
