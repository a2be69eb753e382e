/** The built-in consumer-protection catalogue: rights, kinds, controls, complaint categories. */
export { RIGHTS, RIGHT_IDS, findRight, isRightId, type RightDef, type RightId } from './rights';
export { TOUCHPOINT_KINDS, findKind, type TouchpointKind } from './kinds';
export {
  CONTROLS,
  allControls,
  customToControlDef,
  findControl,
  isBuiltInControl,
  type ControlDef,
} from './controls';
export { REGULATIONS, formatBasis, type BasisRef, type Regulation } from './basis';
export { COMPLAINT_CATEGORIES, OTHER_CATEGORY_ID, findCategory, type ComplaintCategory } from './categories';
export { CATALOGUE_VERSION } from './version';
export { createRequiredIndex, requiredControls, sectorApplies, unusedControls, whereRequired } from './required';
