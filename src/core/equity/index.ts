// Inequality across districts: Gini, Theil (with its regional decomposition) and Palma.

export { gini } from './gini.ts';
export { theil, theilDecomposition, type TheilDecomposition } from './theil.ts';
export { palma } from './palma.ts';
export { inequality, type Inequality } from './inequality.ts';
export { heldByLowest, lorenz, lorenzGini, type LorenzCurve } from './lorenz.ts';
export { palmaReading, type PalmaReading } from './palma-reading.ts';
