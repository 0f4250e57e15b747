// The report's quote diffs use the shared word-level diff (src/text/word-diff.ts) in its tuple form.
export { wordDiffTuples as wordDiff, type DiffTuple as DiffPart, type DiffOp } from '../text/word-diff.ts';
