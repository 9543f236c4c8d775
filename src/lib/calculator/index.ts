// Sidecar-memory calculator: pure input parsing, calculation and formatting (no DOM, no content loading).
export * from './figures';
export * from './input';
export * from './calculate';
export * from './format';
export * from './examples';
