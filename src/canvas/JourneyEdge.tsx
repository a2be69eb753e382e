/**
 * A connection on the canvas: React Flow's smooth-step path with its arrow, and the label drawn
 * with a background sized from the text (React Flow's own label measures itself with getBBox on
 * mount — a forced layout for every labelled edge that scrolls into view). Far zoomed out,
 * `FarLayer` draws connections instead.
 */
import { BaseEdge, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';

const FONT = 10;

/** Roughly how wide a label is at the edge-label font size: wide CJK, narrow Latin. */
function labelWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e80 ? FONT : FONT * 0.58;
  return Math.ceil(w) + 8;
}

export const JourneyEdge = memo(function JourneyEdge(props: EdgeProps) {
  const { sourceX, sourceY, targetX, targetY } = props;
  const [path, lx, ly] = getSmoothStepPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition: props.sourcePosition,
    targetPosition: props.targetPosition,
  });
  const label = typeof props.label === 'string' ? props.label : '';
  const w = label ? labelWidth(label) : 0;
  return (
    <>
      <BaseEdge id={props.id} path={path} markerEnd={props.markerEnd} style={props.style} interactionWidth={props.interactionWidth} />
      {label && (
        <g className="react-flow__edge-textwrapper" transform={`translate(${lx} ${ly})`}>
          <rect className="react-flow__edge-textbg" x={-w / 2} y={-9} width={w} height={18} rx={2} ry={2} />
          <text className="react-flow__edge-text" textAnchor="middle" dy="0.35em">
            {label}
          </text>
        </g>
      )}
    </>
  );
});
